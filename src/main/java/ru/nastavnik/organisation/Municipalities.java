package ru.nastavnik.organisation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Municipalities extends Repository<Municipality, Long> {

	Municipality save(Municipality municipality);

	Optional<Municipality> findByName(String name);
}
