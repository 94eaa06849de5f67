package ru.nastavnik.participant;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * The one link between a mentor's participant record and a person's login (issue item 2). A staff mentor (a teacher
 * or another employee) has an account of the organisation in its group «Наставники»; the curator, the working group,
 * the administration or the director links that login to the mentor's record in the programme, and from then on the
 * mentor sees and records their own pairs and is a candidate for their pairs' steps. A mentor without a login (a
 * pupil, a parent, someone from a company) is recorded for by the curator and the working group, as before.
 */
@Service
public class MentorAccounts {

	private final ParticipantAccess access;

	private final Participants participants;

	private final IdentityService identityService;

	MentorAccounts(ParticipantAccess access, Participants participants, IdentityService identityService) {
		this.access = access;
		this.participants = participants;
		this.identityService = identityService;
	}

	/**
	 * Links the login to the mentor's record, or takes the link away when the login is blank. The login must be a
	 * person of the participant's organisation in its group «Наставники», and not linked to another participant of
	 * the same programme.
	 */
	@Transactional
	public Participant link(Long participantId, String login, CurrentUser by) {
		Participant participant = access.toWrite(participantId, by);
		String id = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		if (id.isEmpty()) {
			participant.linkLogin(null);
			return participant;
		}
		if (participant.getRole() != ParticipantRole.MENTOR) {
			throw new StateConflict(participant.reference() + " — наставляемый: учётную запись связывают только "
					+ "с наставником");
		}
		if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
			throw new StateConflict(participant.reference() + " выбыл из программы");
		}
		if (identityService.createUserQuery().userId(id).memberOfTenant(participant.tenantId()).count() == 0) {
			throw new InvalidInput("Пользователь " + id + " не состоит в организации участника");
		}
		if (identityService.createUserQuery().userId(id).memberOfGroup(Role.MENTOR.groupId()).count() == 0) {
			throw new InvalidInput("Пользователь " + id + " не входит в группу «" + Role.MENTOR.title()
					+ "»: добавьте ему эту роль на странице сотрудников организации");
		}
		participants.findByProgrammeIdAndLogin(participant.getProgramme().getId(), id)
			.filter(other -> !other.getId().equals(participant.getId()))
			.ifPresent(other -> {
				throw new StateConflict("Учётная запись " + id + " уже связана с участником программы № "
						+ other.getId());
			});
		participant.linkLogin(id);
		return participant;
	}

	/** The mentor records the login is linked to, in every programme. */
	@Transactional(readOnly = true)
	public Set<Long> mentorIdsOf(String login) {
		return participants.findByLoginAndRole(login, ParticipantRole.MENTOR).stream()
			.map(Participant::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether one of the participants is a mentor whose record the login is linked to. */
	@Transactional(readOnly = true)
	public boolean mentorAmong(Collection<Long> participantIds, String login) {
		Set<Long> own = mentorIdsOf(login);
		return participantIds.stream().anyMatch(own::contains);
	}

	/** A person of the organisation's «Наставники» as the participant's card names them. */
	public record Account(String login, String name) {

		/** «Фамилия Имя (логин)», or the login alone when the person has no name or no longer exists. */
		public String title() {
			return name == null || name.isBlank() ? login : name + " (" + login + ")";
		}
	}

	/** The account linked to the mentor's record, named as the identity service knows it; none for a mentee. */
	@Transactional(readOnly = true)
	public Optional<Account> linkedAccount(Participant participant) {
		if (participant.getRole() != ParticipantRole.MENTOR || participant.getLogin() == null) {
			return Optional.empty();
		}
		User user = identityService.createUserQuery().userId(participant.getLogin()).singleResult();
		return Optional.of(user == null ? new Account(participant.getLogin(), null) : account(user));
	}

	/**
	 * The logins the mentor's record may be linked to: the people of the participant's organisation in its group
	 * «Наставники», less those linked to another participant of the same programme; by last name.
	 */
	@Transactional(readOnly = true)
	public List<Account> candidates(Participant participant) {
		if (participant.getRole() != ParticipantRole.MENTOR) {
			return List.of();
		}
		Set<String> taken = Set.copyOf(participants.loginsLinkedBesides(participant.getProgramme().getId(),
				participant.getId()));
		return identityService.createUserQuery()
			.memberOfGroup(Role.MENTOR.groupId())
			.memberOfTenant(participant.tenantId())
			.orderByUserLastName()
			.asc()
			.list()
			.stream()
			.filter(user -> !taken.contains(user.getId()))
			.map(MentorAccounts::account)
			.toList();
	}

	private static Account account(User user) {
		String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
				+ (user.getFirstName() == null ? "" : user.getFirstName())).strip();
		return new Account(user.getId(), name.isEmpty() ? null : name);
	}

	/** The login linked to the mentor's record, if any. */
	@Transactional(readOnly = true)
	public Optional<String> loginOf(Long participantId) {
		return participants.findById(participantId)
			.filter(participant -> participant.getRole() == ParticipantRole.MENTOR)
			.map(Participant::getLogin);
	}
}
