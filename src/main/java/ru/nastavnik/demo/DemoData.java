package ru.nastavnik.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Municipalities;
import ru.nastavnik.organisation.Municipality;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.participant.Enrolment;
import ru.nastavnik.participant.MenteeCategory;
import ru.nastavnik.participant.MentorType;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.participant.ParticipantInput.StaffAgreement;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantSource;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.security.Role;

/**
 * Creates the demo at start-up, in the default profile only, and only what is missing: running it twice changes
 * nothing. Leaves a 2026/2027 programme at each organisation with the curator appointed, so a curator signing in to
 * Tasklist finds work at once.
 */
@Component
@Profile("default")
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	static final String ACADEMIC_YEAR = "2026/2027";

	static final String MUNICIPALITY = "Лысковский муниципальный округ";

	static final String SCHOOL_TENANT = "school3";

	static final String KINDERGARTEN_TENANT = "kindergarten";

	record Person(String login, String firstName, String lastName, List<Role> roles, List<String> tenants) {
	}

	static final List<Person> PEOPLE = List.of(
			new Person("curator-school3", "Ольга", "Смирнова", List.of(Role.CURATOR), List.of(SCHOOL_TENANT)),
			new Person("director-school3", "Ирина", "Кузнецова", List.of(Role.DIRECTOR, Role.ADMINISTRATION),
					List.of(SCHOOL_TENANT)),
			new Person("workgroup-school3", "Андрей", "Попов", List.of(Role.WORKING_GROUP), List.of(SCHOOL_TENANT)),
			new Person("psychologist-school3", "Елена", "Васильева", List.of(Role.PSYCHOLOGIST),
					List.of(SCHOOL_TENANT)),
			new Person("curator-kindergarten", "Наталья", "Морозова", List.of(Role.CURATOR),
					List.of(KINDERGARTEN_TENANT)),
			new Person("director-kindergarten", "Елена", "Мошева", List.of(Role.DIRECTOR, Role.ADMINISTRATION),
					List.of(KINDERGARTEN_TENANT)),
			new Person("municipal-curator", "Татьяна", "Волкова", List.of(Role.MUNICIPAL_CURATOR),
					List.of(SCHOOL_TENANT, KINDERGARTEN_TENANT)),
			new Person("auditor", "Сергей", "Новиков", List.of(Role.AUDITOR),
					List.of(SCHOOL_TENANT, KINDERGARTEN_TENANT)),
			new Person("admin", "Алексей", "Соколов", List.of(Role.ADMIN), List.of()));

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final ProgrammeManagement programmes;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final FormService formService;

	private final Enrolment enrolment;

	private final Clock clock;

	DemoData(Municipalities municipalities, Organisations organisations, ProgrammeManagement programmes,
			IdentityService identityService, TaskService taskService, FormService formService, Enrolment enrolment,
			Clock clock) {
		this.enrolment = enrolment;
		this.clock = clock;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.programmes = programmes;
		this.identityService = identityService;
		this.taskService = taskService;
		this.formService = formService;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Municipality lyskovo = municipalities.findByName(MUNICIPALITY)
			.orElseGet(() -> municipalities.save(new Municipality(MUNICIPALITY)));
		Organisation school = organisation(SCHOOL_TENANT, "МБОУ СШ №3 г. Лысково", OrganisationKind.SCHOOL, lyskovo,
				"https://school3-lyskovo.ru", "606210, Нижегородская область, г. Лысково");
		Organisation kindergarten = organisation(KINDERGARTEN_TENANT, "МАДОУ «Белоевский детский сад»",
				OrganisationKind.KINDERGARTEN, lyskovo, "https://beloevsky-ds.ru", "606210, Нижегородская область, Лысковский округ, с. Белозерье");
		PEOPLE.forEach(this::person);
		programmeWithCurator(school, "director-school3", "curator-school3", "45-ОД")
			.ifPresent(this::participants);
		programmeWithCurator(kindergarten, "director-kindergarten", "curator-kindergarten", "63/1");
	}

	private Organisation organisation(String tenantId, String name, OrganisationKind kind, Municipality municipality,
			String site, String address) {
		if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
			Tenant tenant = identityService.newTenant(tenantId);
			tenant.setName(name);
			identityService.saveTenant(tenant);
		}
		return organisations.findByTenantId(tenantId)
			.orElseGet(() -> {
				Organisation organisation = new Organisation(tenantId, name, kind, municipality, site);
				organisation.moveTo(address);
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

	/**
	 * Starts the organisation's programme and has its director appoint the curator, as the director would; empty
	 * when it was started at an earlier start-up and the demo is already in place.
	 */
	private Optional<Programme> programmeWithCurator(Organisation organisation, String director, String curator,
			String orderNumber) {
		if (programmes.find(organisation, ACADEMIC_YEAR).isPresent()) {
			return Optional.empty();
		}
		Programme programme = programmes.start(organisation, ACADEMIC_YEAR, director);
		Task appointCurator = taskService.createTaskQuery()
			.processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.APPOINT_CURATOR)
			.singleResult();
		identityService.setAuthentication(director, List.of(Role.DIRECTOR.groupId()),
				List.of(organisation.getTenantId()));
		try {
			formService.submitTaskForm(appointCurator.getId(), Map.of(
					ProgrammeProcess.Field.CURATOR_LOGIN, curator,
					ProgrammeProcess.Field.ORDER_NUMBER, orderNumber,
					ProgrammeProcess.Field.ORDER_DATE, "2026-05-20"));
		}
		finally {
			identityService.clearAuthentication();
		}
		return Optional.of(programme);
	}

	/**
	 * The school's first participants: a young teacher who came with her questionnaire and consent, a staff mentor
	 * likewise, and two pupils whose legal representatives are still to sign.
	 */
	private void participants(Programme programme) {
		LocalDate today = LocalDate.now(clock);
		ReceivedConsent consent = new ReceivedConsent(today, today.plusYears(1), "Журнал согласий, папка 2026/2027");
		String curator = "curator-school3";
		enrolment.enrolWithQuestionnaire(programme, new NewParticipant("Смирнова Анна Викторовна",
				LocalDate.of(1999, 4, 12), "учитель начальных классов", ParticipantRole.MENTEE, "smirnova@school3.ru",
				"+79101234567", null), consent,
				new MenteeAnswers(MenteeCategory.YOUNG_TEACHER, "Классное руководство и работа с родителями",
						"театр, походы"), null, curator);
		enrolment.enrolWithQuestionnaire(programme, new NewParticipant("Орлов Дмитрий Сергеевич",
				LocalDate.of(1978, 11, 3), "учитель математики", ParticipantRole.MENTOR, "orlov@school3.ru",
				"+79107654321", null), consent, null,
				new MentorAnswers(MentorType.STAFF, "Математика, олимпиадная подготовка, классное руководство",
						"25 лет в школе, наставник молодых педагогов", 2, Set.of(),
						new StaffAgreement("Согласие № 4 от 01.09.2026", LocalDate.of(2026, 9, 1), "ДС-12/2026",
								LocalDate.of(2026, 9, 1))), curator);
		enrolment.enrol(programme, new NewParticipant("Козлов Артём Игоревич", LocalDate.of(2012, 3, 14), "8 «Б»",
				ParticipantRole.MENTEE, null, null, new Representative("Козлова Елена Николаевна",
						"kozlova@mail.ru", "+79161112233")), ParticipantSource.CURATOR, curator);
		enrolment.enrol(programme, new NewParticipant("Белова Мария Андреевна", LocalDate.of(2010, 5, 2), "10 «А»",
				ParticipantRole.MENTOR, null, null, new Representative("Белов Андрей Петрович", "belov@mail.ru",
						"+79162223344")), ParticipantSource.CURATOR, curator);
	}
}
