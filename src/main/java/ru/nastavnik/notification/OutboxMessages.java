package ru.nastavnik.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OutboxMessages extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	Optional<OutboxMessage> findById(Long id);

	List<OutboxMessage> findByTenantIdOrderById(String tenantId);
}
