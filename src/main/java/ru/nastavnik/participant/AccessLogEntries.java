package ru.nastavnik.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogEntries extends JpaRepository<AccessLogEntry, Long> {

	List<AccessLogEntry> findByParticipantIdOrderById(Long participantId);
}
