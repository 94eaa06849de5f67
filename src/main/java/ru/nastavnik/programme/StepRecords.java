package ru.nastavnik.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface StepRecords extends Repository<StepRecord, Long> {

	StepRecord save(StepRecord record);

	List<StepRecord> findByProgrammeIdOrderById(Long programmeId);
}
