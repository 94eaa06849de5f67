package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Participants extends JpaRepository<Participant, Long> {

	/** The programme's participants with their people, in one query rather than one per person. */
	@EntityGraph(attributePaths = { "person", "representative", "programme" })
	List<Participant> findByProgrammeIdOrderById(Long programmeId);

	Optional<Participant> findByProcessInstanceId(String processInstanceId);

	long countByProgrammeIdAndRoleAndStatus(Long programmeId, ParticipantRole role, ParticipantStatus status);

	@Query("select count(p) > 0 from Participant p where p.programme.id = ?1 and p.person.nameKey = ?2 "
			+ "and p.person.birthDate = ?3")
	boolean enrolled(Long programmeId, String nameKey, LocalDate birthDate);

	/** A minor among the participants and the tenant of their organisation. */
	record MinorTenant(Long participantId, String tenantId) {
	}

	@Query("select new ru.nastavnik.participant.Participants$MinorTenant(p.id, o.tenantId) from Participant p "
			+ "join p.programme pr join pr.organisation o where p.minor = true and p.id in ?1")
	List<MinorTenant> tenantsOfMinors(Collection<Long> participantIds);

	@Query("select p.person.nameKey, p.person.birthDate from Participant p where p.programme.id = ?1 "
			+ "and p.person.nameKey is not null")
	List<Object[]> enrolledKeys(Long programmeId);
}
