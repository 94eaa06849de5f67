package ru.nastavnik.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Partners extends Repository<Partner, Long> {

	Partner save(Partner partner);

	Optional<Partner> findById(Long id);

	void delete(Partner partner);

	List<Partner> findByOrganisationIdInOrderByName(Collection<Long> organisationIds);

	boolean existsByOrganisationIdAndNameIgnoreCase(Long organisationId, String name);
}
