package ru.nastavnik.notification;

import java.util.Optional;

/**
 * Where a person who is not a user of the system (a participant, a legal representative) receives mail. The capability
 * that keeps people implements it; the outbox asks only when a message is sent.
 */
@FunctionalInterface
public interface PersonAddressBook {

	/** @return the person's e-mail address, or empty when none is known or the person's data was erased */
	Optional<String> addressOf(Long personId);
}
