package ru.nastavnik.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantConsents.GivenConsent;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.time.RussianDates;

/**
 * The consents received on paper. Processing a person's data beyond asking for their consent requires a valid
 * consent to processing; every step that processes checks it here.
 */
@Service
public class ConsentRegister implements ParticipantConsents {

	/** The longest term a consent is accepted for: the programme's year and the three years its records are kept. */
	static final int LONGEST_TERM_YEARS = 5;

	private final Consents consents;

	private final Clock clock;

	ConsentRegister(Consents consents, Clock clock) {
		this.consents = consents;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Consent record(Participant participant, ConsentPurpose purpose, ReceivedConsent received, String by) {
		LocalDate today = LocalDate.now(clock);
		if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
			throw new StateConflict("Обработка данных участника прекращена после отзыва согласия; новое согласие оформляется "
							+ "новым включением в программу");
		}
		if (received.receivedOn() == null || received.validUntil() == null || received.paperReference() == null
				|| received.paperReference().isBlank()) {
			throw new RuleViolation("Укажите дату получения согласия, срок его действия и номер (место хранения) подписанного экземпляра");
		}
		if (received.receivedOn().isAfter(today)) {
			throw new RuleViolation("Дата получения согласия не может быть позже сегодняшней");
		}
		if (!received.validUntil().isAfter(today)) {
			throw new RuleViolation("Срок действия согласия должен быть позже сегодняшнего дня");
		}
		if (received.validUntil().isAfter(received.receivedOn().plusYears(LONGEST_TERM_YEARS))) {
			throw new RuleViolation("Срок действия согласия — не более " + LONGEST_TERM_YEARS + " лет со дня получения");
		}
		if (received.paperReference().strip().length() > 255) {
			throw new RuleViolation("Номер (место хранения) подписанного экземпляра — не длиннее 255 символов");
		}
		return consents.save(new Consent(participant.getId(), purpose, participant.isMinor(), received.receivedOn(),
				received.validUntil(), received.paperReference().strip(), by, clock.instant()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void receiveProcessingConsent(Participant participant, ReceivedConsent consent, String by) {
		record(participant, ConsentPurpose.PROCESSING, consent, by);
	}

	@Override
	public boolean processingAllowed(Participant participant) {
		return validProcessingConsent(participant).isPresent();
	}

	@Override
	public Set<Long> processingAllowed(Collection<Long> participantIds, LocalDate day) {
		return participantIds.isEmpty() ? Set.of() : consents.validProcessingConsents(participantIds, day);
	}

	@Override
	public long revokedAmong(Collection<Long> participantIds) {
		return participantIds.isEmpty() ? 0 : consents.countRevokedAmong(participantIds);
	}

	@Override
	public List<GivenConsent> of(Participant participant) {
		LocalDate today = LocalDate.now(clock);
		return consents(participant).stream()
			.map(consent -> new GivenConsent(consent.getId(), consent.number(), consent.getPurpose().name(),
					consent.getPurpose().title(), consent.isSignedByRepresentative(), consent.getReceivedOn(),
					consent.getValidUntil(), consent.getPaperReference(), consent.getAcceptedBy(),
					consent.getRevokedOn(), consent.validOn(today)))
			.toList();
	}

	@Override
	public boolean publicationAllowed(Participant participant) {
		LocalDate today = LocalDate.now(clock);
		return participant.getStatus() != ParticipantStatus.WITHDRAWN && consents
			.findByParticipantIdAndPurposeOrderByReceivedOnDesc(participant.getId(), ConsentPurpose.PUBLICATION)
			.stream().anyMatch(consent -> consent.validOn(today));
	}

	/** The consent to processing valid today, if any. */
	Optional<Consent> validProcessingConsent(Participant participant) {
		LocalDate today = LocalDate.now(clock);
		return consents.findByParticipantIdAndPurposeOrderByReceivedOnDesc(participant.getId(),
				ConsentPurpose.PROCESSING).stream().filter(consent -> consent.validOn(today)).findFirst();
	}

	@Override
	public void requireProcessingAllowed(Participant participant) {
		if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
			throw new StateConflict("Обработка данных: " + participant.reference()
					+ " отозвал согласие, обработка его данных прекращена");
		}
		if (validProcessingConsent(participant).isPresent()) {
			return;
		}
		List<Consent> given = consents.findByParticipantIdAndPurposeOrderByReceivedOnDesc(participant.getId(),
				ConsentPurpose.PROCESSING);
		String why = given.isEmpty() ? "согласие на обработку персональных данных не получено"
				: "срок действия согласия истёк " + RussianDates.format(given.get(0).getValidUntil());
		throw new StateConflict("Нет действующего согласия (" + why + "): данные "
				+ (participant.isMinor() ? "несовершеннолетнего участника обрабатываются только с согласия его "
						+ "законного представителя" : "участника не обрабатываются")
				+ ". Получите новое согласие и отметьте его в системе");
	}

	List<Consent> consents(Participant participant) {
		return consents.findByParticipantIdOrderById(participant.getId());
	}

	Optional<Consent> find(Long id) {
		return consents.findById(id);
	}
}
