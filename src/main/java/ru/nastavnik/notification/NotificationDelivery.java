package ru.nastavnik.notification;

/** Key, element ids and variable names of {@code notification-delivery}: one instance delivers one outbox message. */
public final class NotificationDelivery {

	public static final String KEY = "notification-delivery";

	public static final String SEND_MAIL = "sendMail";

	public static final String MAIL_SENT = "mailSent";

	public static final class Var {

		public static final String OUTBOX_MESSAGE_ID = "outboxMessageId";

		public static final String ORGANISATION_ID = "organisationId";

		private Var() {
		}
	}

	private NotificationDelivery() {
	}
}
