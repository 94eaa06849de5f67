package ru.nastavnik.pairwork;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissedMeetingsInquiries extends JpaRepository<MissedMeetingsInquiry, Long> {

	List<MissedMeetingsInquiry> findByPairIdOrderByAnsweredAtDesc(Long pairId);

	List<MissedMeetingsInquiry> findByProgrammeIdOrderByAnsweredAt(Long programmeId);
}
