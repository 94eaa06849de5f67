package ru.nastavnik.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationStewards;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.PasswordPolicy;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/**
 * The accounts of an organisation's staff. The administrator adds a person with their roles (the organisation's
 * director, curator, working group, administration, psychologist, staff mentors): the account joins the role groups
 * and the organisation's tenant, has no usable password, and the person gets a one-use link by e-mail to set their
 * own, valid {@value #VALID_DAYS} days. A person who already has an account joins another organisation by login; the
 * administrator changes a person's roles and takes them out of an organisation. Who may do any of it is decided in
 * one place, {@link #organisation}.
 */
@Service
class StaffAccounts {

	static final int VALID_DAYS = 7;

	/** The roles a person of a school, college or kindergarten may have. */
	static final List<Role> SCHOOL_ROLES = List.of(Role.DIRECTOR, Role.CURATOR, Role.WORKING_GROUP,
			Role.ADMINISTRATION, Role.PSYCHOLOGIST, Role.MENTOR);

	/** The roles of a person of a municipality's education authority. */
	static final List<Role> MUNICIPAL_ROLES = List.of(Role.MUNICIPAL_ADMIN, Role.MUNICIPAL_CURATOR);

	/**
	 * Every role given on these pages; the system's own (administrator, auditor) are given in Admin.
	 */
	static final List<Role> ORGANISATION_ROLES = java.util.stream.Stream.concat(SCHOOL_ROLES.stream(),
			MUNICIPAL_ROLES.stream()).toList();

	/** The roles a person of this organisation may be given. */
	static List<Role> rolesOf(Organisation organisation) {
		return organisation.getKind().runsProgrammes() ? SCHOOL_ROLES : MUNICIPAL_ROLES;
	}

	private static final String NO_ROLE = "Выберите хотя бы одну роль в организации";

	private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SecureRandom random = new SecureRandom();

	private final IdentityService identityService;

	private final Organisations organisations;

	private final Invitations invitations;

	private final OrganisationStewards stewards;

	private final Outbox outbox;

	private final Clock clock;

	private final String baseUrl;

	StaffAccounts(IdentityService identityService, Organisations organisations, OrganisationStewards stewards,
			Invitations invitations, Outbox outbox, Clock clock, @Value("${nastavnik.base-url}") String baseUrl) {
		this.stewards = stewards;
		this.identityService = identityService;
		this.organisations = organisations;
		this.invitations = invitations;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A person to add to an organisation. */
	record NewStaff(String login, String lastName, String firstName, String email, Set<Role> roles) {
	}

	/**
	 * A person of the organisation as the page lists them.
	 *
	 * @param roles the titles of all their groups, as one line
	 * @param organisationRoles which of the organisation's roles they hold
	 * @param organisations how many organisations they belong to, this one included
	 */
	record Member(String login, String name, String email, String roles, Set<Role> organisationRoles,
			long organisations) {

		public boolean holds(Role role) {
			return organisationRoles.contains(role);
		}

		public String organisationRoleTitles() {
			return organisationRoles.stream().map(Role::title).collect(Collectors.joining(", "));
		}
	}

	/** The organisation whose people the person manages: the system's administrator, or its municipality's. */
	Organisation organisation(Long id, CurrentUser user) {
		stewards.requireOnboarder(user);
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new NotFound("Организация " + id + " не найдена"));
		stewards.requireLooksAfter(user, organisation);
		return organisation;
	}

	List<Member> members(Organisation organisation) {
		return identityService.createUserQuery().memberOfTenant(organisation.getTenantId()).orderByUserLastName().asc()
			.list().stream()
			.map(this::member)
			.toList();
	}

	/** One person of the organisation; refused when they are not in it. */
	Member member(Organisation organisation, String login) {
		User user = identityService.createUserQuery().userId(login).memberOfTenant(organisation.getTenantId())
			.singleResult();
		if (user == null) {
			throw new NotFound("Пользователь " + login + " не состоит в организации «" + organisation.getName() + "»");
		}
		return member(user);
	}

	private Member member(User user) {
		List<Group> groups = identityService.createGroupQuery().groupMember(user.getId()).list();
		Set<Role> roles = groups.stream()
			.flatMap(group -> Role.ofGroup(group.getId()).stream())
			.filter(ORGANISATION_ROLES::contains)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return new Member(user.getId(), (user.getLastName() + " " + user.getFirstName()).strip(), user.getEmail(),
				groups.stream().map(Group::getName).sorted().collect(Collectors.joining(", ")), roles,
				identityService.createTenantQuery().userMember(user.getId()).count());
	}

	/**
	 * Gives a person of the organisation exactly the organisation's roles chosen; their other groups stay. A role is a
	 * group, so it holds in every organisation the person belongs to.
	 */
	@Transactional
	void changeRoles(Long organisationId, String login, Set<Role> roles, CurrentUser by) {
		Organisation organisation = organisation(organisationId, by);
		Member member = member(organisation, login);
		stewards.requireLooksAfterPerson(by, member.login());
		requireRoles(roles, organisation);
		for (Role role : rolesOf(organisation)) {
			if (roles.contains(role) && !member.holds(role)) {
				identityService.createMembership(member.login(), role.groupId());
			}
			else if (!roles.contains(role) && member.holds(role)) {
				identityService.deleteMembership(member.login(), role.groupId());
			}
		}
		stewards.joinMunicipality(member.login(), organisation);
	}

	/**
	 * Adds a person who already has an account (of another organisation, of the municipality) to this organisation
	 * too, with the roles chosen on top of those they hold; no invitation, they sign in as before.
	 */
	@Transactional
	void addExisting(Long organisationId, String login, Set<Role> roles, CurrentUser by) {
		Organisation organisation = organisation(organisationId, by);
		String id = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		if (id.isEmpty()) {
			throw new InvalidInput("Укажите логин человека, у которого уже есть учётная запись");
		}
		User user = identityService.createUserQuery().userId(id).singleResult();
		if (user == null) {
			throw new InvalidInput("Пользователя с логином " + id + " нет. Нового человека добавьте с приглашением");
		}
		if (identityService.createUserQuery().userId(id).memberOfTenant(organisation.getTenantId()).count() > 0) {
			throw new StateConflict("Пользователь " + id + " уже состоит в организации");
		}
		stewards.requireLooksAfterPerson(by, id);
		Member member = member(user);
		if (!rolesOf(organisation).containsAll(roles)) {
			throw new InvalidInput(NO_ROLE);
		}
		if (roles.isEmpty() && member.organisationRoles().isEmpty()) {
			throw new InvalidInput("У пользователя " + id + " нет ролей в организациях: выберите хотя бы одну");
		}
		roles.stream().filter(role -> !member.holds(role))
			.forEach(role -> identityService.createMembership(id, role.groupId()));
		identityService.createTenantUserMembership(organisation.getTenantId(), id);
		stewards.joinMunicipality(id, organisation);
	}

	/**
	 * Takes the person out of the organisation: they no longer see its tasks, participants or documents. The account
	 * stays (its name is in the organisation's history); a person left in no organisation at all keeps no role of one.
	 */
	@Transactional
	void remove(Long organisationId, String login, CurrentUser by) {
		Organisation organisation = organisation(organisationId, by);
		Member member = member(organisation, login);
		stewards.requireLooksAfterPerson(by, member.login());
		identityService.deleteTenantUserMembership(organisation.getTenantId(), member.login());
		stewards.leaveMunicipality(member.login(), organisation);
		if (identityService.createTenantQuery().userMember(member.login()).count() == 0) {
			member.organisationRoles().forEach(role -> identityService.deleteMembership(member.login(), role.groupId()));
		}
	}

	private static void requireRoles(Set<Role> roles, Organisation organisation) {
		if (roles == null || roles.isEmpty() || !rolesOf(organisation).containsAll(roles)) {
			throw new InvalidInput(NO_ROLE);
		}
	}

	/** Adds the person and sends the invitation by e-mail; the link is in the mail only. */
	@Transactional
	void invite(Long organisationId, NewStaff input, CurrentUser by) {
		Organisation organisation = organisation(organisationId, by);
		String login = input.login() == null ? "" : input.login().strip().toLowerCase(Locale.ROOT);
		if (!LOGIN.matcher(login).matches()) {
			throw new InvalidInput("Логин — от 3 до 64 строчных латинских букв, цифр, точек, дефисов и подчёркиваний");
		}
		if (blank(input.lastName()) || blank(input.firstName())) {
			throw new InvalidInput("Укажите фамилию и имя");
		}
		if (input.email() == null || !EMAIL.matcher(input.email().strip()).matches()) {
			throw new InvalidInput("Укажите адрес электронной почты: на него придёт ссылка для пароля");
		}
		requireRoles(input.roles(), organisation);
		if (identityService.createUserQuery().userId(login).count() > 0) {
			throw new StateConflict("Логин " + login + " уже занят");
		}
		User user = identityService.newUser(login);
		user.setLastName(input.lastName().strip());
		user.setFirstName(input.firstName().strip());
		user.setEmail(input.email().strip());
		// nobody knows this password: the person sets their own from the invitation
		user.setPassword(secret() + "Aa1");
		identityService.saveUser(user);
		input.roles().forEach(role -> identityService.createMembership(login, role.groupId()));
		identityService.createTenantUserMembership(organisation.getTenantId(), login);
		stewards.joinMunicipality(login, organisation);

		String token = secret();
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(VALID_DAYS));
		Invitation invitation = invitations.save(new Invitation(hash(token), login, organisation.getId(), by.login(),
				now, expires));
		String link = baseUrl + "/invitation/" + token;
		invitation.mailedAs(outbox.postSecretToUser(organisation.getTenantId(), login, "invitation", Map.of("login", login,
				"roles", input.roles().stream().map(Role::title).sorted().collect(Collectors.joining(", ")),
				"link", link, "expires", RussianDates.formatWithTime(expires, organisation.getZone()))).getId());
	}

	/** The login an open invitation is for; refused when it was used or has expired. */
	@Transactional(readOnly = true)
	String loginOf(String token) {
		Invitation invitation = find(token);
		invitation.requireOpen(clock.instant());
		return invitation.getLogin();
	}

	/** Sets the person's own password and closes the invitation. */
	@Transactional
	void acceptWith(String token, String password, String repeated) {
		Invitation invitation = find(token);
		invitation.requireOpen(clock.instant());
		if (password == null || !password.equals(repeated)) {
			throw new InvalidInput("Пароли не совпадают");
		}
		String weak = PasswordPolicy.refusal(invitation.getLogin(), password);
		if (weak != null) {
			throw new InvalidInput(weak);
		}
		User user = identityService.createUserQuery().userId(invitation.getLogin()).singleResult();
		user.setPassword(password);
		identityService.saveUser(user);
		identityService.unlockUser(user.getId());
		invitation.use(clock.instant());
		if (invitation.getOutboxMessageId() != null) {
			outbox.eraseSecret(invitation.getOutboxMessageId());
		}
	}

	private Invitation find(String token) {
		return invitations.findByTokenHash(hash(token == null ? "" : token))
			.orElseThrow(() -> new NotFound("Приглашение не найдено: проверьте ссылку из письма"));
	}

	private String secret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
