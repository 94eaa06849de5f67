package ru.nastavnik.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A partner of an organisation: its name, kind and contact, as the organisation keeps them. */
@Entity
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private String name;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	private String contactPerson;

	private String email;

	private String phone;

	private String note;

	private Instant updatedAt;

	private String updatedBy;

	protected Partner() {
	}

	Partner(Long organisationId, PartnerDetails details, Instant at, String by) {
		this.organisationId = organisationId;
		update(details, at, by);
	}

	void update(PartnerDetails details, Instant at, String by) {
		this.name = details.name();
		this.kind = details.kind();
		this.contactPerson = details.contactPerson();
		this.email = details.email();
		this.phone = details.phone();
		this.note = details.note();
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public PartnerKind getKind() {
		return kind;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getNote() {
		return note;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}
}
