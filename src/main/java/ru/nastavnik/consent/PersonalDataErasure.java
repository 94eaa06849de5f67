package ru.nastavnik.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ErasureAct.EventLogLine;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDataErasure;

/**
 * Erases what identifies a participant once processing has stopped (152-ФЗ ст. 21): the references of their signed
 * consents and the mails waiting for them here, and everything the participant's own records hold
 * ({@link ParticipantDataErasure}: the person and their legal representative, questionnaires, third-party
 * information, evaluations, what people wrote on the tasks of the participant's processes — the engine keeps nothing
 * else about a person). Counts and scores stay, so the programme's statistics do not change. The erasure is documented
 * by an act with an extract of the event log (Приказ РКН №179), which names the participant by number only.
 */
@Service
class PersonalDataErasure {

	static final List<String> DATA_CATEGORIES = List.of("фамилия, имя, отчество", "дата рождения",
			"класс или должность", "контактные телефон и адрес электронной почты",
			"сведения анкеты (запросы, интересы, компетенции, опыт)", "сведения о запросах от третьих лиц",
			"комментарии к оценкам и решениям рабочей группы", "связи наставника-родителя с детьми",
			"реквизиты согласия работника и дополнительного соглашения к трудовому договору",
			"номера и места хранения подписанных согласий",
			"тексты журнала встреч и индивидуального плана его пар (темы, записи, цели и задачи, итог), выяснения "
					+ "причин пропуска встреч — даты и число встреч остаются",
			"тексты его ответов обратной связи — оценки остаются без имени");

	static final String REPRESENTATIVE_DATA = "фамилия, имя, отчество и контакты законного представителя";

	static final List<String> STORAGE_LOCATIONS = List.of(
			"база данных системы «Наставник»: участники, анкеты, сведения третьих лиц, оценки",
			"переменные и история процессов движка Camunda (ACT_RU_VARIABLE, ACT_HI_VARINST, ACT_HI_DETAIL, "
					+ "ACT_GE_BYTEARRAY, ACT_HI_COMMENT, ACT_HI_ATTACHMENT)");

	static final String METHOD = "удаление значений и необратимое обезличивание записей в базе данных; "
			+ "идентификатор участника сохранён для согласованности статистики программы";

	private final ParticipantDataErasure participantData;

	private final Consents consents;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final ErasureRecords records;

	private final ErasureActDocument document;

	private final Clock clock;

	PersonalDataErasure(ParticipantDataErasure participantData, Consents consents, Outbox outbox,
			ApplicationEventPublisher events, ErasureRecords records, ErasureActDocument document, Clock clock) {
		this.participantData = participantData;
		this.consents = consents;
		this.outbox = outbox;
		this.events = events;
		this.records = records;
		this.document = document;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	ErasureRecord erase(Participant participant, String reason, String by) {
		List<EventLogLine> log = eventLog(participant);
		Instant now = clock.instant();
		List<Long> addressees = new ArrayList<>(List.of(participant.getPerson().getId()));
		if (participant.getRepresentative() != null) {
			addressees.add(participant.getRepresentative().getId());
		}
		int erased = outbox.forgetMailsTo(addressees);
		List<String> categories = new ArrayList<>(DATA_CATEGORIES);
		for (Consent consent : consents.findByParticipantIdOrderById(participant.getId())) {
			consent.erasePaperReference();
			erased++;
		}
		ParticipantDataErasure.Erased participantErased = participantData.erase(participant, now);
		erased += participantErased.records();
		if (participantErased.representative()) {
			categories.add(REPRESENTATIVE_DATA);
		}
		events.publishEvent(new ParticipantErased(participant.getId(), participant.getProgramme().getId()));
		log.add(new EventLogLine(now, by, "Персональные данные уничтожены (записей: " + erased + ")"));
		Organisation organisation = participant.getProgramme().getOrganisation();
		LocalDate today = LocalDate.now(clock);
		// numbered per organisation and year; the unique constraint refuses a number taken meanwhile
		String number = "А-" + today.getYear() + "-" + String.format("%04d", records.countByOrganisationIdAndActDateBetween(
				organisation.getId(), today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())) + 1);
		byte[] pdf = document.pdf(new ErasureAct(number, today, organisation.getName(), organisation.getAddress(),
				null, participant.reference(), reason, categories, STORAGE_LOCATIONS, METHOD, erased, by, log));
		return records.save(new ErasureRecord(organisation.getId(), participant.getProgramme().getId(),
				participant.getId(), number, today, reason, erased, pdf, by, now));
	}

	/** What the system recorded about the participant, by date: never their data, only the events. */
	private List<EventLogLine> eventLog(Participant participant) {
		List<EventLogLine> lines = new ArrayList<>();
		for (ParticipantDataErasure.LoggedEvent event : participantData.events(participant)) {
			lines.add(new EventLogLine(event.at(), event.actor(), event.action()));
		}
		for (Consent consent : consents.findByParticipantIdOrderById(participant.getId())) {
			lines.add(new EventLogLine(consent.getRecordedAt(), consent.getAcceptedBy(),
					"Принято согласие № " + consent.number() + " (" + consent.getPurpose().title() + ")"));
			if (consent.getRevokedAt() != null) {
				lines.add(new EventLogLine(consent.getRevokedAt(), consent.getRevokedBy(),
						"Согласие № " + consent.number() + " отозвано"));
			}
		}
		lines.sort(Comparator.comparing(EventLogLine::at));
		return lines;
	}
}
