package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The director's order appointing the programme's curator. */
@Entity
class CuratorAppointment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String curatorLogin;

	private String orderNumber;

	private LocalDate orderDate;

	private String recordedBy;

	private Instant recordedAt;

	protected CuratorAppointment() {
	}

	CuratorAppointment(Long programmeId, String curatorLogin, String orderNumber, LocalDate orderDate,
			String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.curatorLogin = curatorLogin;
		this.orderNumber = orderNumber;
		this.orderDate = orderDate;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public String getCuratorLogin() {
		return curatorLogin;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public LocalDate getOrderDate() {
		return orderDate;
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
