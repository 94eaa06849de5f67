package ru.nastavnik.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One message to one person. The recipient is a login: the address is looked up only when the message is sent. */
@Entity
public class OutboxMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tenantId;

	private String recipientLogin;

	private String subject;

	private String body;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMessage() {
	}

	OutboxMessage(String tenantId, String recipientLogin, String subject, String body, Instant createdAt) {
		this.tenantId = tenantId;
		this.recipientLogin = recipientLogin;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	void markSent(Instant at) {
		this.sentAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getTenantId() {
		return tenantId;
	}

	public String getRecipientLogin() {
		return recipientLogin;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}
}
