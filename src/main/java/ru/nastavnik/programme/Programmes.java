package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Programmes extends Repository<Programme, Long> {

	Programme save(Programme programme);

	Optional<Programme> findById(Long id);

	boolean existsByOrganisationIdAndAcademicYear(Long organisationId, String academicYear);

	Optional<Programme> findByOrganisationIdAndAcademicYear(Long organisationId, String academicYear);

	List<Programme> findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(Collection<String> tenants);
}
