package ru.nastavnik.staff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.problem.NoLongerAvailable;

/** A one-use invitation to set one's password; only the hash of the link's secret is kept. */
@Entity
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private String login;

	private Long organisationId;

	private String invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	/** The mail that carried the link; its text is erased once the invitation is used. */
	private Long outboxMessageId;

	protected Invitation() {
	}

	Invitation(String tokenHash, String login, Long organisationId, String invitedBy, Instant createdAt,
			Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.login = login;
		this.organisationId = organisationId;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	void mailedAs(Long messageId) {
		this.outboxMessageId = messageId;
	}

	Long getOutboxMessageId() {
		return outboxMessageId;
	}

	/** The invitation may still set the password: not used, not expired. */
	void requireOpen(Instant now) {
		if (usedAt != null) {
			throw new NoLongerAvailable("Это приглашение уже использовано: пароль задан. Войдите со своим логином, "
					+ "а если забыли пароль — обратитесь к администратору");
		}
		if (!now.isBefore(expiresAt)) {
			throw new NoLongerAvailable("Срок приглашения истёк: попросите администратора пригласить вас снова");
		}
	}

	void use(Instant now) {
		requireOpen(now);
		this.usedAt = now;
	}

	String getLogin() {
		return login;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}
}
