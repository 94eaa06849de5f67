package ru.nastavnik.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.security.Role;

/** Hands messages to the outbox inside the caller's transaction: a rolled-back step leaves no message behind. */
@Service
public class Outbox {

	private final OutboxMessages messages;

	private final IdentityService identityService;

	private final Clock clock;

	Outbox(OutboxMessages messages, IdentityService identityService, Clock clock) {
		this.messages = messages;
		this.identityService = identityService;
		this.clock = clock;
	}

	/** Posts one message to every member of the given roles in the organisation (tenant); returns the logins. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> postToRoles(String tenantId, Collection<Role> roles, String subject, String body) {
		Set<String> recipients = new LinkedHashSet<>();
		for (Role role : roles) {
			identityService.createUserQuery()
				.memberOfGroup(role.groupId())
				.memberOfTenant(tenantId)
				.orderByUserId().asc()
				.list()
				.stream()
				.map(User::getId)
				.forEach(recipients::add);
		}
		for (String login : recipients) {
			messages.save(new OutboxMessage(tenantId, login, subject, body, clock.instant()));
		}
		return recipients;
	}
}
