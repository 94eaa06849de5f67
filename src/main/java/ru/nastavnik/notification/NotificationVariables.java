package ru.nastavnik.notification;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.DeclaredVariables;

/** What a mail's delivery keeps: the outbox message's id and the organisation. */
@Component
class NotificationVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return DeclaredVariables.declaredIn(NotificationDelivery.Var.class);
	}
}
