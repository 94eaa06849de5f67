package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Participants extends JpaRepository<Participant, Long> {

	/** The programme's participants with their people, in one query rather than one per person. */
	@EntityGraph(attributePaths = { "person", "representative", "programme" })
	List<Participant> findByProgrammeIdOrderById(Long programmeId);

	Optional<Participant> findByProcessInstanceId(String processInstanceId);

	/**
	 * The participant, with the row locked until the transaction ends: two people recording the same
	 * participant's consent at once go one after the other instead of completing the same task side by side.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Participant p where p.id = ?1")
	Optional<Participant> lockById(Long id);

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

	/** The mentor records a staff mentor's login is linked to (one per programme). */
	List<Participant> findByLoginAndRole(String login, ParticipantRole role);

	Optional<Participant> findByProgrammeIdAndLogin(Long programmeId, String login);

	/** The logins linked to the programme's participants other than this one. */
	@Query("select distinct p.login from Participant p where p.programme.id = ?1 and p.login is not null "
			+ "and p.id <> ?2")
	List<String> loginsLinkedBesides(Long programmeId, Long participantId);
}
