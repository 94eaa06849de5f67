package ru.nastavnik.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.problem.NoLongerAvailable;
import ru.nastavnik.programme.Programme;

/** The consent blank printed for a participant to sign, numbered as the consent it will become once received. */
@Service
class ConsentBlanks {

	private final ConsentFormDocument document;

	private final Clock clock;

	ConsentBlanks(ConsentFormDocument document, Clock clock) {
		this.document = document;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	byte[] pdf(Participant participant, ConsentPurpose purpose) {
		if (participant.getPerson().isErased()) {
			throw new NoLongerAvailable("Персональные данные участника уничтожены после отзыва согласия");
		}
		Programme programme = participant.getProgramme();
		Organisation organisation = programme.getOrganisation();
		LocalDate today = LocalDate.now(clock);
		LocalDate endOfProgramme = LocalDate.of(programme.getStartsOn().getYear() + 1, Month.AUGUST, 31);
		return document.pdf(new ConsentForm(Consent.number(today.getYear(), participant.getId(), purpose),
				today, purpose, participant.getPerson().getFullName(), participant.getPerson().getBirthDate(),
				participant.isMinor() ? participant.getRepresentative().getFullName() : null, organisation.getName(),
				organisation.getAddress(), organisation.getSiteUrl(), null,
				"Программа наставничества " + organisation.getName() + " на " + programme.getAcademicYear()
						+ " учебный год",
				endOfProgramme.isAfter(today) ? endOfProgramme : today.plusYears(1)));
	}
}
