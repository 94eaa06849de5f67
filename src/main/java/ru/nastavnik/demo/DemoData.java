package ru.nastavnik.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.Municipalities;
import ru.nastavnik.organisation.Municipality;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.partner.PartnerDetails;
import ru.nastavnik.partner.PartnerRegister;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * Creates the demo at start-up, in the default profile only, and only what is missing: running it twice changes
 * nothing. Each organisation's programme of the running academic year is brought to where a school's year stands
 * today ({@link DemoYear}): in December the pairs are fixed by the director's order and at work, in March they meet
 * on their plans, in June the year is summed up.
 */
@Component
@Profile("default")
class DemoData implements SmartLifecycle {

	/**
	 * Before the web server opens (it starts in a later phase): nobody signs in to a demo half made, while the engine's
	 * clock is still walking last spring.
	 */
	static final int PHASE = 0;

	private volatile boolean running;

	static final String PASSWORD = "demo";

	static final String MUNICIPALITY = "Лысковский муниципальный округ";

	static final String SCHOOL_TENANT = "school3";

	static final String KINDERGARTEN_TENANT = "kindergarten";

	static final String AUTHORITY_TENANT = "lyskovo-uo";

	record Person(String login, String firstName, String lastName, List<Role> roles, List<String> tenants) {
	}

	static final List<Person> PEOPLE = List.of(
			new Person("curator-school3", "Ольга", "Смирнова", List.of(Role.CURATOR, Role.WORKING_GROUP),
					List.of(SCHOOL_TENANT)),
			new Person("director-school3", "Ирина", "Кузнецова", List.of(Role.DIRECTOR, Role.ADMINISTRATION),
					List.of(SCHOOL_TENANT)),
			new Person("workgroup-school3", "Андрей", "Попов", List.of(Role.WORKING_GROUP), List.of(SCHOOL_TENANT)),
			new Person("psychologist-school3", "Елена", "Васильева", List.of(Role.PSYCHOLOGIST),
					List.of(SCHOOL_TENANT)),
			new Person("curator-kindergarten", "Наталья", "Морозова", List.of(Role.CURATOR),
					List.of(KINDERGARTEN_TENANT)),
			new Person("director-kindergarten", "Елена", "Мошева", List.of(Role.DIRECTOR, Role.ADMINISTRATION),
					List.of(KINDERGARTEN_TENANT)),
			new Person("methodist-kindergarten", "Ольга", "Рябова", List.of(Role.WORKING_GROUP, Role.PSYCHOLOGIST),
					List.of(KINDERGARTEN_TENANT)),
			new Person("municipal-curator", "Татьяна", "Волкова", List.of(Role.MUNICIPAL_CURATOR),
					List.of(AUTHORITY_TENANT, SCHOOL_TENANT, KINDERGARTEN_TENANT)),
			new Person("municipal-admin", "Галина", "Фролова", List.of(Role.MUNICIPAL_ADMIN),
					List.of(AUTHORITY_TENANT, SCHOOL_TENANT, KINDERGARTEN_TENANT)),
			new Person("auditor", "Сергей", "Новиков", List.of(Role.AUDITOR),
					List.of(SCHOOL_TENANT, KINDERGARTEN_TENANT)),
			new Person("admin", "Алексей", "Соколов", List.of(Role.ADMIN), List.of()));

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final ProgrammeManagement programmes;

	private final IdentityService identityService;

	private final DemoYear demoYear;

	private final PartnerRegister partners;

	private final Clock clock;

	/** The day the demo shows ({@code nastavnik.demo.today}); today when not set. */
	private final Optional<LocalDate> demoDay;

	DemoData(Municipalities municipalities, Organisations organisations, ProgrammeManagement programmes,
			IdentityService identityService, DemoYear demoYear, PartnerRegister partners,
			Clock clock, @Value("${nastavnik.demo.today:}") String demoDay) {
		this.partners = partners;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.programmes = programmes;
		this.identityService = identityService;
		this.demoYear = demoYear;
		this.clock = clock;
		this.demoDay = demoDay.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(demoDay.strip()));
	}

	@Override
	public void start() {
		create();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Creates what is missing of the demo; running it again changes nothing. */
	void create() {
		Municipality lyskovo = municipalities.findByName(MUNICIPALITY)
			.orElseGet(() -> municipalities.save(new Municipality(MUNICIPALITY)));
		Organisation school = organisation(SCHOOL_TENANT, "МБОУ СШ №3 г. Лысково", OrganisationKind.SCHOOL, lyskovo,
				"https://school3-lyskovo.ru", "606210, Нижегородская область, г. Лысково", 640, 48);
		Organisation kindergarten = organisation(KINDERGARTEN_TENANT, "МАДОУ «Белоевский детский сад»",
				OrganisationKind.KINDERGARTEN, lyskovo, "https://beloevsky-ds.ru",
				"606210, Нижегородская область, Лысковский округ, с. Белозерье", 118, 14);
		organisation(AUTHORITY_TENANT, "Управление образования администрации Лысковского муниципального округа",
				OrganisationKind.AUTHORITY, lyskovo, "https://lyskovo-obr.ru", "606210, Нижегородская область, г. Лысково",
				0, 0);
		PEOPLE.forEach(this::person);
		partners(school, "director-school3", List.of(
				PartnerDetails.read("Детский технопарк «Кванториум» г. Лысково", "CULTURE", "Смирнова Ольга Петровна",
						"kvantorium@lyskovo-edu.ru", "+7 83149 5-12-30", "Проектные группы по робототехнике"),
				PartnerDetails.read("Лысковский агропромышленный техникум", "COLLEGE", "Зайцев Андрей Николаевич",
						"priem@lapt-lyskovo.ru", null, "Студенты-наставники в форме «студент — ученик»"),
				PartnerDetails.read("ООО «Лысковский электротехнический завод»", "ENTERPRISE", null,
						"hr@let-zavod.ru", "+7 83149 5-40-01", "Профориентационные экскурсии"),
				PartnerDetails.read("Управление образования администрации Лысковского муниципального округа",
						"AUTHORITY", "Кротова Наталья Валерьевна", "obr@lyskovo-adm.ru", null, null)));
		partners(kindergarten, "director-kindergarten", List.of(
				PartnerDetails.read("Белозерская сельская библиотека", "CULTURE", null, null, "+7 83149 3-21-07",
						"Встречи с книгой для пар «педагог — педагог»")));
		LocalDate today = demoDay.orElseGet(() -> LocalDate.now(clock));
		String academicYear = DemoYear.academicYearOn(today);
		List<DemoCast> casts = List.of(DemoCast.school(), DemoCast.kindergarten());
		List<Organisation> years = List.of(school, kindergarten).stream()
			.filter(organisation -> programmes.find(organisation, academicYear).isEmpty())
			.toList();
		// the year is walked with the engine's clock in the past: this runs before the web server opens (PHASE) and
		// before Camunda starts its job executor (on ApplicationReadyEvent), so nothing else runs jobs meanwhile
		for (Organisation organisation : years) {
			DemoCast cast = casts.stream().filter(c -> c.tenantId().equals(organisation.getTenantId()))
				.findFirst().orElseThrow();
			demoYear.bringTo(organisation, cast, today);
		}
	}

	/** The organisation's partners, as its director lists them; once. */
	private void partners(Organisation organisation, String director, List<PartnerDetails> details) {
		CurrentUser user = new CurrentUser(director, identityService.createGroupQuery().groupMember(director).list()
			.stream().map(group -> group.getId()).collect(java.util.stream.Collectors.toSet()),
				Set.of(organisation.getTenantId()));
		if (partners.list(user).isEmpty()) {
			details.forEach(partner -> partners.add(organisation.getId(), partner, user));
		}
	}

	private Organisation organisation(String tenantId, String name, OrganisationKind kind, Municipality municipality,
			String site, String address, int pupils, int teachers) {
		if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
			Tenant tenant = identityService.newTenant(tenantId);
			tenant.setName(name);
			identityService.saveTenant(tenant);
		}
		return organisations.findByTenantId(tenantId)
			.orElseGet(() -> {
				Organisation organisation = new Organisation(tenantId, name, kind, municipality, site);
				organisation.moveTo(address);
				if (kind.runsProgrammes()) {
					organisation.resize(pupils, teachers);
				}
				return organisations.save(organisation);
			});
	}

	private void person(Person person) {
		if (identityService.createUserQuery().userId(person.login()).count() > 0) {
			return;
		}
		User user = identityService.newUser(person.login());
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.login() + "@nastavnik.local");
		user.setPassword(PASSWORD);
		identityService.saveUser(user);
		person.roles().forEach(role -> identityService.createMembership(person.login(), role.groupId()));
		person.tenants().forEach(tenant -> identityService.createTenantUserMembership(tenant, person.login()));
	}
}
