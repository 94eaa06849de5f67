package ru.nastavnik.reminder;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** That a reminder went out: of what kind, about what (a pair, a task), for which day. Each is sent once. */
@Entity
class ReminderSent {

	enum Kind {
		/** The day before a pair's scheduled meeting; the subject is the pair. */
		MEETING,
		/** Some days before a step's due date; the subject is the task. */
		STEP
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String subjectKey;

	private LocalDate dueOn;

	private Instant sentAt;

	protected ReminderSent() {
	}

	ReminderSent(Kind kind, String subjectKey, LocalDate dueOn, Instant sentAt) {
		this.kind = kind;
		this.subjectKey = subjectKey;
		this.dueOn = dueOn;
		this.sentAt = sentAt;
	}

	Kind getKind() {
		return kind;
	}

	String getSubjectKey() {
		return subjectKey;
	}

	LocalDate getDueOn() {
		return dueOn;
	}
}
