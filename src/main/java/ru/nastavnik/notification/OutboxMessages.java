package ru.nastavnik.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OutboxMessages extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	Optional<OutboxMessage> findById(Long id);

	List<OutboxMessage> findByTenantIdOrderById(String tenantId);

	/** Blanks the texts (and attachments) of the mails to these people (participants, legal representatives) once their data is erased. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update OutboxMessage m set m.body = ?2, m.attachmentName = null, "
			+ "m.attachmentType = null, m.attachment = null where m.recipientPersonId in ?1")
	int eraseBodies(java.util.Collection<Long> personIds, String mask);
}
