package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

public interface Programmes extends Repository<Programme, Long> {

	Programme save(Programme programme);

	Optional<Programme> findById(Long id);

	/**
	 * The programme a process or a form names, if it belongs to the organisation (tenant) of the task or execution: a
	 * form may submit any variable, {@code programmeId} included, but the tenant is the engine's.
	 */
	default Optional<Programme> findOwn(Long programmeId, String tenantId) {
		return programmeId == null ? Optional.empty() : findById(programmeId)
			.filter(programme -> programme.getOrganisation().getTenantId().equals(tenantId));
	}

	/**
	 * Takes the programme's row for the rest of the transaction ({@code select … for update}): changes that must not
	 * interleave — two people changing the proposal of pairs at once — wait for each other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Programme p where p.id = ?1")
	Optional<Programme> lockById(Long id);

	boolean existsByOrganisationIdAndAcademicYear(Long organisationId, String academicYear);

	Optional<Programme> findByOrganisationIdAndAcademicYear(Long organisationId, String academicYear);

	List<Programme> findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(Collection<String> tenants);
}
