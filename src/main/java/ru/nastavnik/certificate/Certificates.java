package ru.nastavnik.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Certificates extends Repository<Certificate, Long> {

	Certificate save(Certificate certificate);

	Optional<Certificate> findById(Long id);

	Optional<Certificate> findByVerificationCode(String code);

	List<Certificate> findByProgrammeIdOrderById(Long programmeId);

	List<Certificate> findByParticipantId(Long participantId);

	long countByOrganisationId(Long organisationId);
}
