package ru.nastavnik.pairwork;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PairMeetings extends Repository<PairMeeting, Long> {

	PairMeeting save(PairMeeting meeting);

	List<PairMeeting> findByPairIdOrderByHeldOnDescIdDesc(Long pairId);

	List<PairMeeting> findByProgrammeId(Long programmeId);
}
