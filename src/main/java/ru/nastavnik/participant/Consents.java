package ru.nastavnik.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Consents extends JpaRepository<Consent, Long> {

	List<Consent> findByParticipantIdOrderById(Long participantId);

	List<Consent> findByParticipantIdAndPurposeOrderByReceivedOnDesc(Long participantId, ConsentPurpose purpose);
}
