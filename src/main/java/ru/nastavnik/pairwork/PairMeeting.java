package ru.nastavnik.pairwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.BatchSize;

/** One meeting of a pair as its log holds it: when, how long, how, who came, what was done and what is next. */
@Entity
public class PairMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pairId;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private LocalDate heldOn;

	private int durationMinutes;

	@Enumerated(EnumType.STRING)
	private MeetingFormat format;

	@Enumerated(EnumType.STRING)
	private MeetingAttendance attendance;

	private String topic;

	private String done;

	private String nextSteps;

	private String recordedBy;

	private Instant recordedAt;

	/** The individual plan's tasks this meeting advanced. */
	@ElementCollection
	@BatchSize(size = 64)
	@CollectionTable(name = "pair_meeting_task", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "plan_task_id")
	private Set<Long> advancedTaskIds = new HashSet<>();

	protected PairMeeting() {
	}

	PairMeeting(Long pairId, Long programmeId, MeetingKind kind, MeetingLog.NewMeeting meeting, String recordedBy,
			Instant recordedAt) {
		this.pairId = pairId;
		this.programmeId = programmeId;
		this.kind = kind;
		this.heldOn = meeting.heldOn();
		this.durationMinutes = meeting.durationMinutes();
		this.format = meeting.format();
		this.attendance = meeting.attendance();
		this.topic = meeting.topic().strip();
		this.done = meeting.done().strip();
		this.nextSteps = meeting.nextSteps() == null || meeting.nextSteps().isBlank() ? null
				: meeting.nextSteps().strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** What a withdrawn participant's meeting keeps: when, how long, how, who came — not what it said. */
	static final String ERASED = "текст удалён: участник пары отозвал согласие на обработку персональных данных";

	void eraseTexts() {
		this.topic = ERASED.substring(0, ERASED.indexOf(':'));
		this.done = ERASED;
		this.nextSteps = null;
	}

	public Long getId() {
		return id;
	}

	public Long getPairId() {
		return pairId;
	}

	public MeetingKind getKind() {
		return kind;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public MeetingFormat getFormat() {
		return format;
	}

	public MeetingAttendance getAttendance() {
		return attendance;
	}

	public String getTopic() {
		return topic;
	}

	public String getDone() {
		return done;
	}

	public String getNextSteps() {
		return nextSteps;
	}

	public Set<Long> getAdvancedTaskIds() {
		return Set.copyOf(advancedTaskIds);
	}

	void advanced(Set<Long> taskIds) {
		advancedTaskIds.addAll(taskIds);
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
