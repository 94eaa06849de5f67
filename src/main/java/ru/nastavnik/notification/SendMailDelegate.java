package ru.nastavnik.notification;

import java.time.Clock;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * «Отправить письмо»: sends one outbox message by SMTP, in an asynchronous job with retries. A message already sent
 * is not sent again, so a retried job delivers exactly one mail.
 */
@Component
class SendMailDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SendMailDelegate.class);

	private final OutboxMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final IdentityService identityService;

	private final PersonAddressBook addressBook;

	private final Clock clock;

	private final String from;

	SendMailDelegate(OutboxMessages messages, ObjectProvider<JavaMailSender> mailSender, IdentityService identityService,
			PersonAddressBook addressBook, Clock clock, @Value("${nastavnik.mail.from}") String from) {
		this.addressBook = addressBook;
		this.messages = messages;
		this.mailSender = mailSender;
		this.identityService = identityService;
		this.clock = clock;
		this.from = from;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long id = NotificationDelivery.Var.OUTBOX_MESSAGE_ID.requiredFrom(execution);
		OutboxMessage message = messages.findById(id)
			.orElseThrow(() -> new MailDeliveryFailed("Сообщение №" + id + " не найдено в исходящих"));
		if (message.getSentAt() != null) {
			return;
		}
		String address = address(message);
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			throw new MailDeliveryFailed("Сообщение №" + id + " не отправлено: почтовый сервер не настроен "
					+ "(spring.mail.host)");
		}
		try {
			MimeMessage mail = sender.createMimeMessage();
			java.util.Optional<Outbox.Attachment> attachment = message.attachment();
			MimeMessageHelper helper = new MimeMessageHelper(mail, attachment.isPresent(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(address);
			helper.setSubject(message.getSubject());
			helper.setText(message.getBody());
			if (attachment.isPresent()) {
				helper.addAttachment(attachment.get().fileName(),
						new org.springframework.core.io.ByteArrayResource(attachment.get().content()),
						attachment.get().contentType());
			}
			sender.send(mail);
		}
		catch (MailException | jakarta.mail.MessagingException e) {
			// the exception's own text may name the address: only its kind goes into the log and the incident
			LOG.warn("Сообщение №{} не отправлено: {}", id, e.getClass().getSimpleName());
			throw new MailDeliveryFailed("Сообщение №" + id + " не отправлено: почтовый сервер недоступен или отклонил "
					+ "письмо (" + e.getClass().getSimpleName() + ")");
		}
		message.markSent(clock.instant());
	}

	private String address(OutboxMessage message) {
		if (message.getRecipientAddress() != null) {
			return message.getRecipientAddress();
		}
		if (message.getRecipientPersonId() != null) {
			return addressBook.addressOf(message.getRecipientPersonId())
				.orElseThrow(() -> new MailDeliveryFailed("Сообщение №" + message.getId() + ": у участника (законного "
						+ "представителя) №" + message.getRecipientPersonId() + " не указан адрес электронной почты "
						+ "или его данные уничтожены"));
		}
		User recipient = identityService.createUserQuery().userId(message.getRecipientLogin()).singleResult();
		if (recipient == null || recipient.getEmail() == null || recipient.getEmail().isBlank()) {
			throw new MailDeliveryFailed("Сообщение №" + message.getId() + ": у пользователя «"
					+ message.getRecipientLogin() + "» не указан адрес электронной почты (его можно задать в Admin и "
					+ "повторить задание)");
		}
		return recipient.getEmail();
	}
}
