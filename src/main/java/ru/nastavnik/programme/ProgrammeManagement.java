package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.engine.VariableValues;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/** Starting programmes and finding them, always within the organisations the person belongs to. */
@Service
public class ProgrammeManagement {

	private final Programmes programmes;

	private final Organisations organisations;

	private final RoadmapPlan plan;

	private final RuntimeService runtimeService;

	private final Clock clock;

	ProgrammeManagement(Programmes programmes, Organisations organisations, RoadmapPlan plan,
			RuntimeService runtimeService, Clock clock) {
		this.programmes = programmes;
		this.organisations = organisations;
		this.plan = plan;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/** The academic year a school works on the day, «2026/2027»: from July on, the one starting that September. */
	public static String academicYearRunningOn(LocalDate day) {
		return AcademicYear.runningOn(day).toString();
	}

	/** Whether the person starts programmes: a director or a municipal curator. */
	public static boolean startsProgrammes(CurrentUser user) {
		return user.has(Role.DIRECTOR) || user.has(Role.MUNICIPAL_CURATOR);
	}

	/** The organisations whose programmes the person may start: their own that run programmes. */
	@Transactional(readOnly = true)
	public List<Organisation> startableBy(CurrentUser user) {
		if (!startsProgrammes(user) || user.tenantIds().isEmpty()) {
			return List.of();
		}
		return organisations.findByTenantIdInOrderByName(user.tenantIds()).stream()
			.filter(organisation -> organisation.getKind().runsProgrammes())
			.toList();
	}

	/** Starts a programme on behalf of a person: the director of the organisation or its municipal curator. */
	@Transactional
	public Programme start(Long organisationId, String academicYear, ProgrammeAudience audience, CurrentUser user) {
		Organisation organisation = organisations.findById(organisationId)
			.filter(candidate -> user.belongsTo(candidate.getTenantId()))
			.orElseThrow(() -> new NotFound("Организация " + organisationId + " не найдена"));
		if (!startsProgrammes(user)) {
			throw new NotPermitted("Запустить программу наставничества может руководитель организации или муниципальный куратор");
		}
		return start(organisation, academicYear, audience, user.login());
	}

	/** Starts the organisation's programme for its usual audience (a kindergarten's teachers, a school's pupils). */
	@Transactional
	public Programme start(Organisation organisation, String academicYear, String startedBy) {
		return start(organisation, academicYear, null, startedBy);
	}

	/**
	 * Starts the organisation's programme for the academic year. Its process first decides the roadmap by the
	 * audience (DMN) and builds the plan, then runs the steps.
	 */
	@Transactional
	public Programme start(Organisation organisation, String academicYear, ProgrammeAudience audience,
			String startedBy) {
		AcademicYear year;
		try {
			year = AcademicYear.parse(academicYear);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(e.getMessage());
		}
		if (!organisation.getKind().runsProgrammes()) {
			throw new InvalidInput("«" + organisation.getName() + "» — орган управления образованием: программы "
					+ "наставничества ведут его школы, колледжи и детские сады");
		}
		if (programmes.existsByOrganisationIdAndAcademicYear(organisation.getId(), year.toString())) {
			throw new StateConflict("Программа наставничества на " + year
					+ " учебный год в организации «" + organisation.getName() + "» уже запущена");
		}
		ProgrammeAudience chosen = audience != null ? audience : ProgrammeAudience.usualFor(organisation.getKind());
		Programme programme = programmes.save(new Programme(organisation, year, chosen, startedBy, clock.instant()));
		String processInstanceId = runtimeService.startProcessInstanceByKey(ProgrammeProcess.KEY,
				String.valueOf(programme.getId()),
				VariableValues.of(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId())
					.and(ProgrammeProcess.Var.ORGANISATION_ID, organisation.getId())
					.and(ProgrammeProcess.Var.AUDIENCE, chosen)
					.asMap())
			.getId();
		programme.attachProcess(processInstanceId);
		return programme;
	}

	@Transactional(readOnly = true)
	public Optional<Programme> find(Organisation organisation, String academicYear) {
		return programmes.findByOrganisationIdAndAcademicYear(organisation.getId(), academicYear);
	}

	/** The programmes of the person's organisations, by organisation name, the latest year first. */
	@Transactional(readOnly = true)
	public List<ProgrammeSummary> visibleTo(CurrentUser user) {
		return user.tenantIds().isEmpty() ? List.of() : programmes.summariesOf(user.tenantIds());
	}

	/** A page of {@link #visibleTo(CurrentUser)}, with the number of all the programmes the person sees. */
	@Transactional(readOnly = true)
	public Page<ProgrammeSummary> visibleTo(CurrentUser user, Pageable page) {
		return user.tenantIds().isEmpty() ? Page.empty(page) : programmes.summariesOf(user.tenantIds(), page);
	}

	@Transactional(readOnly = true)
	public Programme get(Long id, CurrentUser user) {
		// another organisation's programme answers exactly as a missing one: its existence is not disclosed
		return programmes.findById(id)
			.filter(programme -> user.belongsTo(programme.getOrganisation().getTenantId()))
			.orElseThrow(() -> new NotFound("Программа наставничества " + id + " не найдена"));
	}

	/** The programme, for the engine's own steps (no person's rights to check). */
	Programme find(Long id) {
		return programmes.findById(id)
			.orElseThrow(() -> new IllegalStateException("Программа " + id + " не найдена"));
	}

	@Transactional(readOnly = true)
	public List<PlanStep> plan(Long id, CurrentUser user) {
		return planOf(get(id, user));
	}

	/** The plan of a programme already found for the person. */
	List<PlanStep> planOf(Programme programme) {
		return plan.of(programme.getId());
	}
}
