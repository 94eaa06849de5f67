package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Consents extends JpaRepository<Consent, Long> {

	List<Consent> findByParticipantIdOrderById(Long participantId);

	/** How many of the participants revoked their consent to processing. */
	@Query("select count(distinct c.participantId) from Consent c where"
			+ " c.participantId in :ids and c.revokedOn is not null"
			+ " and c.purpose = ru.nastavnik.consent.ConsentPurpose.PROCESSING")
	long countRevokedAmong(@Param("ids") Collection<Long> ids);

	List<Consent> findByParticipantIdAndPurposeOrderByReceivedOnDesc(Long participantId, ConsentPurpose purpose);

	/** Of the given participants, those whose consent to processing is valid on the day (as {@link Consent#validOn}). */
	@Query("select distinct c.participantId from Consent c where c.participantId in ?1 "
			+ "and c.purpose = ru.nastavnik.consent.ConsentPurpose.PROCESSING and c.revokedOn is null "
			+ "and c.receivedOn <= ?2 and c.validUntil >= ?2")
	Set<Long> validProcessingConsents(Collection<Long> participantIds, LocalDate day);
}
