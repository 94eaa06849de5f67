package ru.nastavnik.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ErasureAct.EventLogLine;
import ru.nastavnik.organisation.Organisation;

/**
 * Erases what identifies a participant once processing has stopped (152-ФЗ ст. 21): the person and their legal
 * representative, the free text of questionnaires, third-party information and evaluations, and what people wrote
 * on the tasks of the participant's processes (the engine keeps nothing else about a person). Counts and scores stay, so the programme's statistics do not change. The erasure is
 * documented by an act with an extract of the event log (Приказ РКН №179), which names the participant by number only.
 */
@Service
class PersonalDataErasure {

	static final List<String> DATA_CATEGORIES = List.of("фамилия, имя, отчество", "дата рождения",
			"класс или должность", "контактные телефон и адрес электронной почты",
			"сведения анкеты (запросы, интересы, компетенции, опыт)", "сведения о запросах от третьих лиц",
			"комментарии к оценкам и решениям рабочей группы", "связи наставника-родителя с детьми",
			"реквизиты согласия работника и дополнительного соглашения к трудовому договору",
			"номера и места хранения подписанных согласий");

	static final String REPRESENTATIVE_DATA = "фамилия, имя, отчество и контакты законного представителя";

	static final List<String> STORAGE_LOCATIONS = List.of(
			"база данных системы «Наставник»: участники, анкеты, сведения третьих лиц, оценки",
			"переменные и история процессов движка Camunda (ACT_RU_VARIABLE, ACT_HI_VARINST, ACT_HI_DETAIL, "
					+ "ACT_GE_BYTEARRAY, ACT_HI_COMMENT, ACT_HI_ATTACHMENT)");

	static final String METHOD = "удаление значений и необратимое обезличивание записей в базе данных; "
			+ "идентификатор участника сохранён для согласованности статистики программы";

	private final Participants participants;

	private final MenteeQuestionnaires mentees;

	private final MentorQuestionnaires mentors;

	private final ThirdPartyInformations thirdParty;

	private final Evaluations evaluations;

	private final Consents consents;

	private final AccessLogEntries accessLog;

	private final ProcessNotesErasure processNotes;

	private final ru.nastavnik.notification.Outbox outbox;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final ErasureRecords records;

	private final ErasureActDocument document;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	PersonalDataErasure(Participants participants, MenteeQuestionnaires mentees, MentorQuestionnaires mentors,
			ThirdPartyInformations thirdParty, Evaluations evaluations, Consents consents,
			AccessLogEntries accessLog, ProcessNotesErasure processNotes, ru.nastavnik.notification.Outbox outbox,
			org.springframework.context.ApplicationEventPublisher events,
			ErasureRecords records,
			ErasureActDocument document, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.mentees = mentees;
		this.mentors = mentors;
		this.thirdParty = thirdParty;
		this.evaluations = evaluations;
		this.consents = consents;
		this.accessLog = accessLog;
		this.processNotes = processNotes;
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
		int erased = 1;
		List<Long> addressees = new ArrayList<>(List.of(participant.getPerson().getId()));
		if (participant.getRepresentative() != null) {
			addressees.add(participant.getRepresentative().getId());
		}
		erased += outbox.forgetMailsTo(addressees);
		participant.getPerson().erase(now);
		List<String> categories = new ArrayList<>(DATA_CATEGORIES);
		Person representative = participant.getRepresentative();
		// each participant's legal representative is a person of their own, recorded with them
		if (representative != null && !representative.isErased()) {
			representative.erase(now);
			categories.add(REPRESENTATIVE_DATA);
			erased++;
		}
		erased += jdbc.update("delete from mentor_child where mentor_id = ? or child_id = ?", participant.getId(),
				participant.getId());
		erased += jdbc.update("delete from staff_mentor_agreement where participant_id = ?", participant.getId());
		for (Consent consent : consents.findByParticipantIdOrderById(participant.getId())) {
			consent.erasePaperReference();
			erased++;
		}
		erased += mentees.findById(participant.getId()).map(answers -> {
			answers.erase();
			return 1;
		}).orElse(0);
		erased += mentors.findById(participant.getId()).map(answers -> {
			answers.erase();
			return 1;
		}).orElse(0);
		for (ThirdPartyInformation information : thirdParty.findByParticipantIdOrderById(participant.getId())) {
			information.erase();
			erased++;
		}
		for (Evaluation evaluation : evaluations.findByParticipantIdOrderById(participant.getId())) {
			evaluation.erase();
			erased++;
		}
		participants.flush();
		erased += processNotes.erase(participant.getId());
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
		lines.add(new EventLogLine(participant.getAddedAt(), participant.getAddedBy(),
				"Участник включён в программу (" + participant.getSource().title() + ")"));
		for (Consent consent : consents.findByParticipantIdOrderById(participant.getId())) {
			lines.add(new EventLogLine(consent.getRecordedAt(), consent.getAcceptedBy(),
					"Принято согласие № " + consent.number() + " (" + consent.getPurpose().title() + ")"));
			if (consent.getRevokedAt() != null) {
				lines.add(new EventLogLine(consent.getRevokedAt(), consent.getRevokedBy(),
						"Согласие № " + consent.number() + " отозвано"));
			}
		}
		for (AccessLogEntry entry : accessLog.findByParticipantIdOrderById(participant.getId())) {
			lines.add(new EventLogLine(entry.getAccessedAt(), entry.getLogin(), "Просмотр записи ("
					+ entry.channelTitle() + ", " + entry.resultTitle() + ")"));
		}
		if (participant.getWithdrawnAt() != null) {
			lines.add(new EventLogLine(participant.getWithdrawnAt(), "система",
					"Обработка прекращена, участник исключён из баз"));
		}
		lines.sort(Comparator.comparing(EventLogLine::at));
		return lines;
	}
}
