package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	String SUMMARIES = "select new ru.nastavnik.programme.ProgrammeSummary(p.id, o.id, o.name, p.academicYear,"
			+ " p.startsOn, p.audience, p.curatorLogin, p.processInstanceId)"
			+ " from Programme p join p.organisation o where o.tenantId in ?1";

	/** The same order as pages have; the id only breaks ties, so a page never repeats or skips a programme. */
	String LIST_ORDER = " order by o.name asc, p.academicYear desc, p.id asc";

	/** The programmes of the organisations (tenants) by organisation name, the latest year first. */
	@Query(SUMMARIES + LIST_ORDER)
	List<ProgrammeSummary> summariesOf(Collection<String> tenants);

	/** A page of {@link #summariesOf(Collection)}, with the number of all of them. */
	@Query(value = SUMMARIES + LIST_ORDER,
			countQuery = "select count(p) from Programme p join p.organisation o where o.tenantId in ?1")
	Page<ProgrammeSummary> summariesOf(Collection<String> tenants, Pageable page);
}
