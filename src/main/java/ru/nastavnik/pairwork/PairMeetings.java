package ru.nastavnik.pairwork;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PairMeetings extends Repository<PairMeeting, Long> {

	PairMeeting save(PairMeeting meeting);

	List<PairMeeting> findByPairIdOrderByHeldOnDescIdDesc(Long pairId);

	List<PairMeeting> findByProgrammeId(Long programmeId);

	/** The pair's latest meeting that took place (both sides came): one row, read on every check of the schedule. */
	Optional<PairMeeting> findFirstByPairIdAndAttendanceOrderByHeldOnDesc(Long pairId, MeetingAttendance attendance);
}
