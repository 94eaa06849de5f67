package ru.nastavnik.participant;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;

/** A person's part in one programme: mentee or mentor, on their way into the base, under their own enrolment process. */
@Entity
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne
	@JoinColumn(name = "representative_id")
	private Person representative;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	private String classOrPosition;

	/** Under 18 on the programme's start date: the legal representative consents. */
	private boolean minor;

	@Enumerated(EnumType.STRING)
	private ParticipantSource source;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus status;

	private String processInstanceId;

	private Boolean baseDecision;

	private String baseComment;

	private String baseDecidedBy;

	private Instant baseDecidedAt;

	private Boolean interviewOutcome;

	private String interviewComment;

	private String interviewedBy;

	private Instant interviewedAt;

	private String addedBy;

	private Instant addedAt;

	private Instant withdrawnAt;

	/** A staff mentor's own login in the organisation's «Наставники»: they see and record their own pairs. */
	private String login;

	protected Participant() {
	}

	Participant(Programme programme, Person person, Person representative, ParticipantRole role,
			String classOrPosition, boolean minor, ParticipantSource source, String addedBy, Instant addedAt) {
		this.programme = programme;
		this.person = person;
		this.representative = representative;
		this.role = role;
		this.classOrPosition = classOrPosition;
		this.minor = minor;
		this.source = source;
		this.status = ParticipantStatus.AWAITING_CONSENT;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The written consent to processing is received: the questionnaire comes next. */
	public void consentReceived() {
		require("согласие на обработку принимается только до анкеты", ParticipantStatus.AWAITING_CONSENT,
				ParticipantStatus.AWAITING_QUESTIONNAIRE);
		this.status = ParticipantStatus.AWAITING_QUESTIONNAIRE;
	}

	/** Where the enrolment begins: with the consent and the questionnaire it already has. */
	void enrolWith(boolean consentGiven, boolean questionnaireGiven) {
		if (processInstanceId != null) {
			throw new StateConflict(reference() + ": включение в программу уже начато");
		}
		this.status = consentGiven
				? questionnaireGiven ? ParticipantStatus.UNDER_REVIEW : ParticipantStatus.AWAITING_QUESTIONNAIRE
				: ParticipantStatus.AWAITING_CONSENT;
	}

	/** The questionnaire is taken down: the working group reviews it next. */
	void questionnaireSubmitted() {
		require("анкета принимается один раз, после согласия и до решения рабочей группы",
				ParticipantStatus.AWAITING_CONSENT, ParticipantStatus.AWAITING_QUESTIONNAIRE);
		this.status = ParticipantStatus.UNDER_REVIEW;
	}

	void decideOnBase(boolean included, String comment, String by, Instant at) {
		require("решение о базе принимается по анкете на рассмотрении", ParticipantStatus.UNDER_REVIEW);
		this.baseDecision = included;
		this.baseComment = comment;
		this.baseDecidedBy = by;
		this.baseDecidedAt = at;
		this.status = included ? ParticipantStatus.IN_BASE : ParticipantStatus.NOT_INCLUDED;
	}

	void recordInterview(boolean admitted, String comment, String by, Instant at) {
		require("собеседование проводится с наставником, включённым в базу", ParticipantStatus.IN_BASE);
		this.interviewOutcome = admitted;
		this.interviewComment = comment;
		this.interviewedBy = by;
		this.interviewedAt = at;
		if (!admitted) {
			this.status = ParticipantStatus.NOT_INCLUDED;
		}
	}

	private void require(String rule, ParticipantStatus... allowed) {
		if (!List.of(allowed).contains(status)) {
			throw new StateConflict(reference() + " — " + status.title() + ": " + rule);
		}
	}

	/** Processing stops: the participant leaves the bases; what identifies them is erased elsewhere. */
	void withdraw(Instant at) {
		this.status = ParticipantStatus.WITHDRAWN;
		this.withdrawnAt = at;
		this.login = null;
		this.classOrPosition = null;
		this.baseComment = null;
		this.interviewComment = null;
	}

	void linkLogin(String login) {
		this.login = login;
	}

	/** How the participant is named where their name may not appear: in acts, logs and after erasure. */
	public String reference() {
		return "участник программы № " + id;
	}

	/** The name to show a person allowed to see it, or the reference once the name is erased. */
	public String displayName() {
		return person.isErased() ? reference() : person.getFullName();
	}

	public String tenantId() {
		return programme.getOrganisation().getTenantId();
	}

	public Long getId() {
		return id;
	}

	public Programme getProgramme() {
		return programme;
	}

	public Person getPerson() {
		return person;
	}

	public Person getRepresentative() {
		return representative;
	}

	public ParticipantRole getRole() {
		return role;
	}

	public String getClassOrPosition() {
		return classOrPosition;
	}

	public boolean isMinor() {
		return minor;
	}

	public ParticipantSource getSource() {
		return source;
	}

	public ParticipantStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Boolean getBaseDecision() {
		return baseDecision;
	}

	public String getBaseComment() {
		return baseComment;
	}

	public Boolean getInterviewOutcome() {
		return interviewOutcome;
	}

	public String getInterviewComment() {
		return interviewComment;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getLogin() {
		return login;
	}
}
