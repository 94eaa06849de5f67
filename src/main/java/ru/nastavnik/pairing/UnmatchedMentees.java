package ru.nastavnik.pairing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnmatchedMentees extends JpaRepository<UnmatchedMentee, Long> {

	List<UnmatchedMentee> findByProgrammeIdOrderById(Long programmeId);

	@Modifying
	@Query("delete from UnmatchedMentee u where u.programmeId = ?1")
	void deleteByProgramme(Long programmeId);

	@Modifying
	@Query("delete from UnmatchedMentee u where u.menteeId = ?1")
	void deleteByMentee(Long menteeId);
}
