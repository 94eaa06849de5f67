package ru.nastavnik.participant;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.notification.PersonAddressBook;

/** A participant's or a legal representative's address, read when their mail is sent; none once erased. */
@Component
class PersonMailAddresses implements PersonAddressBook {

	private final People people;

	PersonMailAddresses(People people) {
		this.people = people;
	}

	@Override
	public Optional<String> addressOf(Long personId) {
		return people.findById(personId).map(Person::getEmail).filter(email -> !email.isBlank());
	}
}
