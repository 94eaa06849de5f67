package ru.nastavnik.roster;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One import of a school's list: the file, how many rows it had, how many came in and how many were left out. */
@Entity
class ParticipantImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String fileName;

	private int totalRows;

	private int importedRows;

	private int skippedRows;

	private String importedBy;

	private Instant importedAt;

	protected ParticipantImport() {
	}

	ParticipantImport(Long programmeId, String fileName, int totalRows, int importedRows, int skippedRows,
			String importedBy, Instant importedAt) {
		this.programmeId = programmeId;
		this.fileName = fileName;
		this.totalRows = totalRows;
		this.importedRows = importedRows;
		this.skippedRows = skippedRows;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public String getFileName() {
		return fileName;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getImportedRows() {
		return importedRows;
	}

	public int getSkippedRows() {
		return skippedRows;
	}

	public String getImportedBy() {
		return importedBy;
	}

	public Instant getImportedAt() {
		return importedAt;
	}
}
