package ru.nastavnik.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.security.Role;
import ru.nastavnik.engine.VariableValues;

/**
 * Hands messages to the outbox inside the caller's transaction: a rolled-back step leaves no message behind. Where a
 * mail server is configured, each message also starts its {@code notification-delivery}, whose asynchronous job sends
 * it after the step has committed; without one, messages stay in the outbox.
 */
@Service
public class Outbox {

	private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

	private final OutboxMessages messages;

	private final MailTemplates templates;

	private final Organisations organisations;

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	/**
	 * A file sent with a mail: a calendar event ({@code text/calendar}) and the like, small enough to keep in the
	 * outbox with the message.
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {

		public Attachment {
			if (fileName == null || fileName.isBlank() || contentType == null || content == null) {
				throw new IllegalArgumentException("У вложения письма должны быть имя, тип и содержимое");
			}
		}
	}

	Outbox(OutboxMessages messages, MailTemplates templates, Organisations organisations,
			IdentityService identityService, RuntimeService runtimeService, ObjectProvider<JavaMailSender> mailSender,
			Clock clock) {
		this.messages = messages;
		this.templates = templates;
		this.organisations = organisations;
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	/**
	 * Posts the mail of the given template to every member of the roles in the organisation (tenant); the model gets
	 * {@code recipient}, the person's name. Returns the logins.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> postToRoles(String tenantId, Collection<Role> roles, String template, Map<String, ?> model) {
		return postToRoles(tenantId, roles, template, model, null);
	}

	private Set<String> postToRoles(String tenantId, Collection<Role> roles, String template, Map<String, ?> model,
			Attachment attachment) {
		Organisation organisation = organisation(tenantId);
		Set<User> recipients = new LinkedHashSet<>();
		for (Role role : roles) {
			recipients.addAll(identityService.createUserQuery()
				.memberOfGroup(role.groupId())
				.memberOfTenant(tenantId)
				.orderByUserId().asc()
				.list());
		}
		Set<String> logins = new LinkedHashSet<>();
		for (User recipient : recipients) {
			if (!logins.add(recipient.getId())) {
				continue;
			}
			Map<String, Object> personal = new HashMap<>(model);
			String name = (Objects.toString(recipient.getFirstName(), "") + " "
					+ Objects.toString(recipient.getLastName(), "")).strip();
			personal.put("recipient", name.isEmpty() ? recipient.getId() : name);
			MailTemplates.Mail mail = templates.render(template, personal);
			OutboxMessage message = new OutboxMessage(tenantId, recipient.getId(), mail.subject(), mail.body(),
					clock.instant());
			message.attach(attachment);
			message = messages.save(message);
			deliver(message, organisation);
		}
		return logins;
	}

	/**
	 * Posts the mail of the given template, which carries a one-use secret (an invitation's link), to one user of the
	 * organisation; the model gets {@code recipient}, the person's name, and {@code organisation}. The outbox keeps
	 * its text only until it is sent or {@link #eraseSecret} is called.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage postSecretToUser(String tenantId, String login, String template, Map<String, ?> model) {
		Organisation organisation = organisation(tenantId);
		User recipient = identityService.createUserQuery().userId(login).singleResult();
		if (recipient == null) {
			throw new IllegalArgumentException("Нет пользователя " + login);
		}
		Map<String, Object> personal = new HashMap<>(model);
		String name = (Objects.toString(recipient.getFirstName(), "") + " "
				+ Objects.toString(recipient.getLastName(), "")).strip();
		personal.put("recipient", name.isEmpty() ? login : name);
		personal.put("organisation", organisation.getName());
		MailTemplates.Mail mail = templates.render(template, personal);
		OutboxMessage message = messages.save(OutboxMessage.withSecret(tenantId, login, mail.subject(), mail.body(),
				clock.instant()));
		deliver(message, organisation);
		return message;
	}

	/** The secret of the message was spent (the invitation used): its text is erased, sent or not. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void eraseSecret(Long messageId) {
		messages.findById(messageId).ifPresent(OutboxMessage::eraseSecret);
	}

	/** As {@link #postToRoles}, with the organisation's name in the model as {@code organisation}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> postToOrganisationRoles(String tenantId, Collection<Role> roles, String template,
			Map<String, ?> model) {
		return postToOrganisationRoles(tenantId, roles, template, model, null);
	}

	/** As {@link #postToOrganisationRoles}, each mail with the file attached (none when {@code null}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> postToOrganisationRoles(String tenantId, Collection<Role> roles, String template,
			Map<String, ?> model, Attachment attachment) {
		Map<String, Object> withOrganisation = new HashMap<>(model);
		withOrganisation.put("organisation", organisation(tenantId).getName());
		return postToRoles(tenantId, roles, template, withOrganisation, attachment);
	}

	/**
	 * Posts the mail of the given template to a person who is not a user (a participant, a legal representative);
	 * the model gets {@code organisation}, the organisation's name.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage postToPerson(String tenantId, Long personId, String template, Map<String, ?> model) {
		return postToPerson(tenantId, personId, template, model, null);
	}

	/** As {@link #postToPerson}, with the file attached (none when {@code null}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage postToPerson(String tenantId, Long personId, String template, Map<String, ?> model,
			Attachment attachment) {
		Organisation organisation = organisation(tenantId);
		Map<String, Object> withOrganisation = new HashMap<>(model);
		withOrganisation.put("organisation", organisation.getName());
		MailTemplates.Mail mail = templates.render(template, withOrganisation);
		OutboxMessage message = OutboxMessage.toPerson(tenantId, personId, mail.subject(), mail.body(), clock.instant());
		message.attach(attachment);
		message = messages.save(message);
		deliver(message, organisation);
		return message;
	}

	/**
	 * Posts the mail of the given template to an address the organisation keeps itself (a partner's), with the file
	 * attached (none when {@code null}); the model gets {@code organisation}, the organisation's name.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage postToAddress(String tenantId, String address, String template, Map<String, ?> model,
			Attachment attachment) {
		Organisation organisation = organisation(tenantId);
		Map<String, Object> withOrganisation = new HashMap<>(model);
		withOrganisation.put("organisation", organisation.getName());
		MailTemplates.Mail mail = templates.render(template, withOrganisation);
		OutboxMessage message = OutboxMessage.toAddress(tenantId, address, mail.subject(), mail.body(),
				clock.instant());
		message.attach(attachment);
		message = messages.save(message);
		deliver(message, organisation);
		return message;
	}

	/**
	 * As {@link #postToPerson}, for a mail that carries a one-use secret (a feedback questionnaire's link): the outbox
	 * keeps its text only until it is sent or {@link #eraseSecret} is called.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage postSecretToPerson(String tenantId, Long personId, String template, Map<String, ?> model) {
		Organisation organisation = organisation(tenantId);
		Map<String, Object> withOrganisation = new HashMap<>(model);
		withOrganisation.put("organisation", organisation.getName());
		MailTemplates.Mail mail = templates.render(template, withOrganisation);
		OutboxMessage message = messages.save(OutboxMessage.withSecretToPerson(tenantId, personId, mail.subject(),
				mail.body(), clock.instant()));
		deliver(message, organisation);
		return message;
	}

	/**
	 * Forgets what the mails to these people said, once their personal data is erased: the messages stay (sent or
	 * not, when), their texts do not. A message not yet sent then goes out with the mask, never with the data.
	 *
	 * @return how many messages were blanked
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetMailsTo(java.util.Collection<Long> personIds) {
		return personIds.isEmpty() ? 0 : messages.eraseBodies(personIds, "[текст удалён: персональные данные "
				+ "получателя уничтожены]");
	}

	private Organisation organisation(String tenantId) {
		return organisations.findByTenantId(tenantId)
			.orElseThrow(() -> new IllegalArgumentException("Нет организации с тенантом " + tenantId));
	}

	private void deliver(OutboxMessage message, Organisation organisation) {
		if (mailSender.getIfAvailable() == null) {
			LOG.info("Почтовый сервер не настроен: сообщение №{} остаётся в исходящих", message.getId());
			return;
		}
		runtimeService.startProcessInstanceByKey(NotificationDelivery.KEY, String.valueOf(message.getId()),
				VariableValues.of(NotificationDelivery.Var.OUTBOX_MESSAGE_ID, message.getId())
					.and(NotificationDelivery.Var.ORGANISATION_ID, organisation.getId())
					.asMap());
	}
}
