package ru.nastavnik.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An uploaded list of organisations, checked and kept for its uploader until it is loaded or an hour has passed. */
@Entity
class OrganisationUpload {

	@Id
	private String id;

	private String fileName;

	private String uploadedBy;

	private Instant uploadedAt;

	private byte[] content;

	protected OrganisationUpload() {
	}

	OrganisationUpload(String fileName, String uploadedBy, Instant uploadedAt, byte[] content) {
		this.id = UUID.randomUUID().toString();
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.content = content;
	}

	public String getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	String getUploadedBy() {
		return uploadedBy;
	}

	byte[] getContent() {
		return content;
	}
}
