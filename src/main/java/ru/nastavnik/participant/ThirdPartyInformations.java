package ru.nastavnik.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThirdPartyInformations extends JpaRepository<ThirdPartyInformation, Long> {

	List<ThirdPartyInformation> findByParticipantIdOrderById(Long participantId);
}
