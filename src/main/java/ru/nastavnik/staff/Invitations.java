package ru.nastavnik.staff;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Invitations extends Repository<Invitation, Long> {

	Invitation save(Invitation invitation);

	Optional<Invitation> findByTokenHash(String tokenHash);
}
