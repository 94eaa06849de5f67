package ru.nastavnik.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface MentoringChoices extends Repository<MentoringChoice, Long> {

	MentoringChoice save(MentoringChoice choice);

	List<MentoringChoice> findByProgrammeIdOrderById(Long programmeId);
}
