package ru.nastavnik.organisation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrganisationUploads extends Repository<OrganisationUpload, String> {

	OrganisationUpload save(OrganisationUpload upload);

	Optional<OrganisationUpload> findByIdAndUploadedBy(String id, String uploadedBy);

	void delete(OrganisationUpload upload);

	@Modifying
	@Query("delete from OrganisationUpload u where u.uploadedAt < :before")
	int deleteUploadedBefore(Instant before);
}
