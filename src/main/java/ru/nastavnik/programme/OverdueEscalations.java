package ru.nastavnik.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface OverdueEscalations extends Repository<OverdueEscalation, Long> {

	OverdueEscalation save(OverdueEscalation escalation);

	List<OverdueEscalation> findByProgrammeIdOrderById(Long programmeId);
}
