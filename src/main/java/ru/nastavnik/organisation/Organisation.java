package ru.nastavnik.organisation;

import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import ru.nastavnik.problem.InvalidInput;

/** A school, college or kindergarten. Its {@code tenantId} is the Camunda tenant of all its process instances. */
@Entity
public class Organisation {

	/** Most organisations live on Moscow time. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tenantId;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	private Municipality municipality;

	private String siteUrl;

	/** The operator's address, printed in consents and erasure acts; a blank line to fill by hand when unknown. */
	private String address;

	/** How many pupils (children in a kindergarten, students in a college) it has: the base of coverage figures. */
	private Integer pupils;

	private Integer teachers;

	/** Where it is: its steps are due at the end of its working day, and its people read times there. */
	private String timeZone = DEFAULT_ZONE.getId();

	protected Organisation() {
	}

	public Organisation(String tenantId, String name, OrganisationKind kind, Municipality municipality, String siteUrl) {
		this.tenantId = tenantId;
		this.name = name;
		this.kind = kind;
		this.municipality = municipality;
		this.siteUrl = siteUrl;
	}

	public Long getId() {
		return id;
	}

	public String getTenantId() {
		return tenantId;
	}

	public String getName() {
		return name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public ZoneId getZone() {
		return ZoneId.of(timeZone);
	}

	/** Moves the organisation to another time zone, one of those Russia keeps. */
	public void moveToZone(OrganisationZone zone) {
		this.timeZone = zone.zoneId().getId();
	}

	public Municipality getMunicipality() {
		return municipality;
	}

	public String getSiteUrl() {
		return siteUrl;
	}

	public String getAddress() {
		return address;
	}

	public Integer getPupils() {
		return pupils;
	}

	public Integer getTeachers() {
		return teachers;
	}

	/** Records how many pupils and teachers the organisation has; neither is negative. */
	public void resize(int pupils, int teachers) {
		if (pupils < 0 || teachers < 0) {
			throw new InvalidInput("Число обучающихся и педагогов не может быть отрицательным");
		}
		this.pupils = pupils;
		this.teachers = teachers;
	}

	public void moveTo(String address) {
		this.address = address;
	}
}
