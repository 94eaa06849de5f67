package ru.nastavnik.notification;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One message to one person: a user (by login) or a participant or legal representative (by person id). The address
 * is looked up only when the message is sent, so a person whose data was erased is not written to.
 */
@Entity
public class OutboxMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tenantId;

	private String recipientLogin;

	private Long recipientPersonId;

	/** The address of a recipient who is neither a user nor a person of the programme: an organisation's partner. */
	private String recipientAddress;

	private String subject;

	private String body;

	private Instant createdAt;

	private Instant sentAt;

	/** The text carries a one-use secret: it is erased once sent or once the secret is spent. */
	private boolean secret;

	/** A file sent with the mail (a calendar event), if any: its name, its media type and its bytes. */
	private String attachmentName;

	private String attachmentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] attachment;

	protected OutboxMessage() {
	}

	OutboxMessage(String tenantId, String recipientLogin, String subject, String body, Instant createdAt) {
		this.tenantId = tenantId;
		this.recipientLogin = recipientLogin;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	/** A message to a person who is not a user: a participant or a legal representative. */
	static OutboxMessage toPerson(String tenantId, Long personId, String subject, String body, Instant createdAt) {
		OutboxMessage message = new OutboxMessage(tenantId, null, subject, body, createdAt);
		message.recipientPersonId = personId;
		return message;
	}

	/** A message to an address the organisation keeps itself: a partner's. */
	static OutboxMessage toAddress(String tenantId, String address, String subject, String body, Instant createdAt) {
		OutboxMessage message = new OutboxMessage(tenantId, null, subject, body, createdAt);
		message.recipientAddress = address;
		return message;
	}

	String getRecipientAddress() {
		return recipientAddress;
	}

	/** What a message with a secret says once the secret has left or is spent. */
	static final String ERASED = "Текст письма удалён: в нём была одноразовая ссылка.";

	static OutboxMessage withSecret(String tenantId, String recipientLogin, String subject, String body,
			Instant createdAt) {
		OutboxMessage message = new OutboxMessage(tenantId, recipientLogin, subject, body, createdAt);
		message.secret = true;
		return message;
	}

	void attach(Outbox.Attachment file) {
		if (file != null) {
			this.attachmentName = file.fileName();
			this.attachmentType = file.contentType();
			this.attachment = file.content().clone();
		}
	}

	/** The file sent with the mail, if any. */
	java.util.Optional<Outbox.Attachment> attachment() {
		return attachment == null ? java.util.Optional.empty()
				: java.util.Optional.of(new Outbox.Attachment(attachmentName, attachmentType, attachment));
	}

	/** A message with a one-use secret to a person who is not a user (a feedback link to a participant). */
	static OutboxMessage withSecretToPerson(String tenantId, Long personId, String subject, String body,
			Instant createdAt) {
		OutboxMessage message = toPerson(tenantId, personId, subject, body, createdAt);
		message.secret = true;
		return message;
	}

	void markSent(Instant at) {
		this.sentAt = at;
		eraseSecret();
	}

	/** Forgets the text of a message that carries a secret; other messages keep theirs. */
	void eraseSecret() {
		if (secret) {
			this.body = ERASED;
		}
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

	public Long getRecipientPersonId() {
		return recipientPersonId;
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
