package ru.nastavnik.pairing;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentoringPairs extends JpaRepository<MentoringPair, Long> {

	List<MentoringPair> findByProgrammeIdOrderById(Long programmeId);

	List<MentoringPair> findByProgrammeIdAndStatusOrderById(Long programmeId, PairStatus status);

	List<MentoringPair> findByProgrammeIdAndStatusInOrderById(Long programmeId, Collection<PairStatus> statuses);

	/** The pairs a participant is in, on either side, that are proposed or in effect. */
	@Query("select p from MentoringPair p where (p.mentorId = ?1 or p.menteeId = ?1) "
			+ "and p.status in (ru.nastavnik.pairing.PairStatus.PROPOSED, ru.nastavnik.pairing.PairStatus.ACTIVE)")
	List<MentoringPair> current(Long participantId);

	/** Pairs ended early whose end no approved order has recorded yet. */
	@Query("select p from MentoringPair p where p.programmeId = ?1 and p.status = ru.nastavnik.pairing.PairStatus.ENDED "
			+ "and p.activatedAt is not null and p.endOrderId is null order by p.id")
	List<MentoringPair> endedUnrecorded(Long programmeId);

	List<MentoringPair> findByProgrammeIdAndStatusAndFlaggedTrueOrderById(Long programmeId, PairStatus status);

	/** Every pair of the participant, on either side, whatever its status. */
	List<MentoringPair> findByMentorIdOrMenteeId(Long mentorId, Long menteeId);
}
