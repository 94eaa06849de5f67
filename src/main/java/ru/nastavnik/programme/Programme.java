package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import ru.nastavnik.organisation.Organisation;

/** An organisation's programme of mentoring for one academic year. */
@Entity
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	private Organisation organisation;

	private String academicYear;

	private LocalDate startsOn;

	@Enumerated(EnumType.STRING)
	private ProgrammeAudience audience;

	@Enumerated(EnumType.STRING)
	private ProgrammeStatus status;

	private String processInstanceId;

	/** The number of steps of the programme's plan, fixed when the plan is built. */
	private int planSize;

	private String curatorLogin;

	private String startedBy;

	private Instant startedAt;

	protected Programme() {
	}

	Programme(Organisation organisation, AcademicYear year, ProgrammeAudience audience, String startedBy,
			Instant startedAt) {
		this.organisation = organisation;
		this.audience = audience;
		this.academicYear = year.toString();
		this.startsOn = year.startsOn();
		this.status = ProgrammeStatus.PREPARATION;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void planBuilt(int steps) {
		this.planSize = steps;
	}

	void appointCurator(String login) {
		this.curatorLogin = login;
	}

	void completePreparation() {
		if (status != ProgrammeStatus.PREPARATION) {
			throw new IllegalStateException("Этап I программы " + id + " уже завершён");
		}
		this.status = ProgrammeStatus.PREPARATION_COMPLETED;
	}

	public Long getId() {
		return id;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	/** The time zone of the organisation: where its steps fall due and its people read times. */
	public ZoneId getZone() {
		return organisation.getZone();
	}

	public String getAcademicYear() {
		return academicYear;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public ProgrammeAudience getAudience() {
		return audience;
	}

	public ProgrammeStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public int getPlanSize() {
		return planSize;
	}

	public String getCuratorLogin() {
		return curatorLogin;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}
}
