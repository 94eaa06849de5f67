package ru.nastavnik.celebration;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Guests extends Repository<Guest, Long> {

	Guest save(Guest guest);

	List<Guest> findByEventIdOrderById(Long eventId);

	List<Guest> findByParticipantId(Long participantId);
}
