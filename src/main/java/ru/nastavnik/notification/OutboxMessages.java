package ru.nastavnik.notification;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface OutboxMessages extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	List<OutboxMessage> findByTenantIdOrderById(String tenantId);
}
