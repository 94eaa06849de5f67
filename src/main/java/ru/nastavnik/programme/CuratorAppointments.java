package ru.nastavnik.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CuratorAppointments extends Repository<CuratorAppointment, Long> {

	CuratorAppointment save(CuratorAppointment appointment);

	List<CuratorAppointment> findByProgrammeIdOrderById(Long programmeId);
}
