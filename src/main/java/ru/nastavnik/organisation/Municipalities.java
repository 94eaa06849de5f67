package ru.nastavnik.organisation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Municipalities extends Repository<Municipality, Long> {

	Municipality save(Municipality municipality);

	Optional<Municipality> findByName(String name);

	/** The municipality as a person may type its name: «лысковский муниципальный округ» is the same one. */
	Optional<Municipality> findFirstByNameIgnoreCase(String name);
}
