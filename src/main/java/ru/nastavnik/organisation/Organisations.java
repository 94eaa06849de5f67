package ru.nastavnik.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Organisations extends Repository<Organisation, Long> {

	Organisation save(Organisation organisation);

	Optional<Organisation> findById(Long id);

	Optional<Organisation> findByTenantId(String tenantId);

	List<Organisation> findByTenantIdInOrderByName(Collection<String> tenantIds);

	List<Organisation> findAllByOrderByName();

	List<Organisation> findByMunicipalityIdOrderByName(Long municipalityId);

	boolean existsByName(String name);

	boolean existsByNameIgnoreCase(String name);
}
