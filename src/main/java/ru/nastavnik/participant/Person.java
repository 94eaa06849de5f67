package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A person the organisation knows: a participant, or the legal representative of a minor, recorded as a person of
 * their own. What identifies them is erased when their consent is revoked; the row stays, so counts stay consistent.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private String fullName;

	/** The name normalised for finding duplicates: lower case, «ё» as «е», single spaces. */
	private String nameKey;

	private LocalDate birthDate;

	private String email;

	private String phone;

	private Instant erasedAt;

	protected Person() {
	}

	Person(Long organisationId, String fullName, LocalDate birthDate, String email, String phone) {
		this.organisationId = organisationId;
		this.fullName = fullName;
		this.nameKey = nameKey(fullName);
		this.birthDate = birthDate;
		this.email = email;
		this.phone = phone;
	}

	static String nameKey(String fullName) {
		return PersonKey.normalise(fullName);
	}

	void erase(Instant at) {
		fullName = null;
		nameKey = null;
		birthDate = null;
		email = null;
		phone = null;
		erasedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getFullName() {
		return fullName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isErased() {
		return erasedAt != null;
	}
}
