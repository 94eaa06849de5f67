package ru.nastavnik.reminder;

import java.time.LocalDate;

import org.springframework.data.repository.Repository;

interface RemindersSent extends Repository<ReminderSent, Long> {

	ReminderSent save(ReminderSent sent);

	boolean existsByKindAndSubjectKeyAndDueOn(ReminderSent.Kind kind, String subjectKey, LocalDate dueOn);
}
