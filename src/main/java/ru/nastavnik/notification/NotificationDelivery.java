package ru.nastavnik.notification;

import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.organisation.OrganisationVariable;

/** Key, element ids and variable names of {@code notification-delivery}: one instance delivers one outbox message. */
public final class NotificationDelivery {

	public static final String KEY = "notification-delivery";

	public static final String SEND_MAIL = "sendMail";

	public static final String MAIL_SENT = "mailSent";

	public static final class Var {

		public static final ProcessVariable<Long> OUTBOX_MESSAGE_ID = ProcessVariable.id("outboxMessageId");

		public static final ProcessVariable<Long> ORGANISATION_ID = OrganisationVariable.ORGANISATION_ID;

		private Var() {
		}
	}

	private NotificationDelivery() {
	}
}
