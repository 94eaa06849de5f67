package ru.nastavnik.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface InformingEvents extends Repository<InformingEvent, Long> {

	InformingEvent save(InformingEvent event);

	List<InformingEvent> findByProgrammeIdOrderById(Long programmeId);
}
