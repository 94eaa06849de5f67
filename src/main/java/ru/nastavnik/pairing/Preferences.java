package ru.nastavnik.pairing;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The preference questionnaires' answers, the matching's input. */
public interface Preferences extends Repository<Preference, Long> {

	Preference save(Preference preference);

	/** Every answer of the programme's questionnaires: who, whom, which rank. */
	List<Preference> findByProgrammeId(Long programmeId);

	List<Preference> findByParticipantIdOrderByRank(Long participantId);

	@Query("select count(distinct p.participantId) from Preference p where p.programmeId = ?1")
	long countRespondents(Long programmeId);

	/** A re-submitted questionnaire replaces the earlier one: removed at once, before the new ranks are written. */
	@Modifying(flushAutomatically = true)
	@Query("delete from Preference p where p.participantId = ?1")
	void deleteByParticipantId(Long participantId);

	/** A participant whose consent is revoked: neither their answers nor others' preference for them remain. */
	@Modifying(flushAutomatically = true)
	@Query("delete from Preference p where p.participantId = ?1 or p.preferredId = ?1")
	void deleteInvolving(Long participantId);
}
