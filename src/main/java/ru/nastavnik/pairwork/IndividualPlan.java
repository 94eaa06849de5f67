package ru.nastavnik.pairwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * The pair's individual plan (for teachers the personalised programme), made at the planning meeting (step 22): its
 * goals with tasks, and the schedule of regular meetings. Versioned: a plan that either side has agreed to is not
 * changed but followed by a new version, which both sides agree to again. A minor's agreement is the legal
 * representative's signature on the printed plan, marked as received.
 */
@Entity
public class IndividualPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pairId;

	private Long programmeId;

	private int version;

	private String direction;

	@Enumerated(EnumType.STRING)
	private MeetingCadence cadence;

	private int toleranceDays;

	private LocalDate startsOn;

	private String draftedBy;

	private Instant draftedAt;

	private LocalDate mentorAgreedOn;

	private LocalDate menteeAgreedOn;

	private String agreementsMarkedBy;

	private Instant supersededAt;

	private String resultSummary;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<PlanGoal> goals = new ArrayList<>();

	protected IndividualPlan() {
	}

	IndividualPlan(Long pairId, Long programmeId, int version, PlanDraft draft, List<PlanGoal> goals,
			String draftedBy, Instant draftedAt) {
		this.pairId = pairId;
		this.programmeId = programmeId;
		this.version = version;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		revise(draft, goals);
	}

	/** Rewrites a version nobody has agreed to yet. */
	void revise(PlanDraft draft, List<PlanGoal> goals) {
		this.direction = draft.direction();
		this.cadence = draft.cadence();
		this.toleranceDays = draft.toleranceDays();
		this.startsOn = draft.startsOn();
		this.goals.clear();
		this.goals.addAll(goals);
	}

	void markAgreements(LocalDate mentorAgreedOn, LocalDate menteeAgreedOn, String by) {
		this.mentorAgreedOn = mentorAgreedOn;
		this.menteeAgreedOn = menteeAgreedOn;
		this.agreementsMarkedBy = by;
	}

	void supersede(Instant at) {
		this.supersededAt = at;
	}

	void summarise(String resultSummary) {
		this.resultSummary = resultSummary;
	}

	/** The plan's words go with a withdrawn participant's data; its schedule, dates and outcomes stay. */
	void eraseTexts() {
		this.direction = null;
		this.resultSummary = null;
		goals.forEach(PlanGoal::eraseTexts);
	}

	/** Whether either side has agreed: the version is then kept as it is, and a change makes a new one. */
	public boolean isAgreedByAnyone() {
		return mentorAgreedOn != null || menteeAgreedOn != null;
	}

	/** Whether both sides have agreed: the plan is in force. */
	public boolean isAgreed() {
		return mentorAgreedOn != null && menteeAgreedOn != null;
	}

	/** Whether every goal has been assessed at the final meeting. */
	public boolean isAssessed() {
		return !goals.isEmpty() && goals.stream().allMatch(goal -> goal.getOutcome() != null);
	}

	public Long getId() {
		return id;
	}

	public Long getPairId() {
		return pairId;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public int getVersion() {
		return version;
	}

	public String getDirection() {
		return direction;
	}

	public MeetingCadence getCadence() {
		return cadence;
	}

	public int getToleranceDays() {
		return toleranceDays;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public String getDraftedBy() {
		return draftedBy;
	}

	public Instant getDraftedAt() {
		return draftedAt;
	}

	public LocalDate getMentorAgreedOn() {
		return mentorAgreedOn;
	}

	public LocalDate getMenteeAgreedOn() {
		return menteeAgreedOn;
	}

	public Instant getSupersededAt() {
		return supersededAt;
	}

	public String getResultSummary() {
		return resultSummary;
	}

	public List<PlanGoal> getGoals() {
		return List.copyOf(goals);
	}

	List<PlanGoal> goals() {
		return goals;
	}
}
