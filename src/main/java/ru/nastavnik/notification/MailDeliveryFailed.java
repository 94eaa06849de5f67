package ru.nastavnik.notification;

/**
 * A mail could not be sent. Its message becomes the job's failure and, after the last retry, the incident in Cockpit:
 * it names the outbox message, never an address, and carries no cause whose text might.
 */
class MailDeliveryFailed extends RuntimeException {

	MailDeliveryFailed(String russianMessage) {
		super(russianMessage, null, false, true);
	}
}
