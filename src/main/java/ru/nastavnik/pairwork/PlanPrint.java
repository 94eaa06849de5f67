package ru.nastavnik.pairwork;

import java.util.Collection;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.security.CurrentUser;

/**
 * The pair's individual plan as a PDF to print and sign: one rendering for the plan's page and for the API, so both
 * give the same document.
 */
@Component
class PlanPrint {

	private final MeetingLog log;

	private final IndividualPlanning planning;

	private final Participants participants;

	private final PlanDocument document;

	PlanPrint(MeetingLog log, IndividualPlanning planning, Participants participants, PlanDocument document) {
		this.log = log;
		this.planning = planning;
		this.participants = participants;
		this.document = document;
	}

	/** The printed plan and whose records it names, for the access log. */
	record Printed(byte[] pdf, String fileName, Collection<Long> participantIds) {

		/** The PDF as a download; its name is plain ASCII, given as it is. */
		ResponseEntity<byte[]> download() {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(fileName)
					.build()
					.toString())
				.body(pdf);
		}
	}

	/** The plan in force, printed, for a person who reads the pair; «не найден» when the pair has no plan yet. */
	@Transactional(readOnly = true)
	Printed print(Long pairId, CurrentUser user) {
		MeetingLog.PairView pair = log.pair(pairId, user, MeetingLog.READERS);
		IndividualPlan plan = planning.current(pairId)
			.orElseThrow(() -> new NotFound("У пары № " + pairId + " ещё нет индивидуального плана"));
		Programme programme = log.programmeOf(pair, user);
		PlanPages.Sides sides = sides(pair);
		byte[] pdf = document.render(new PlanDocument.Content(ProgrammeHeading.of(programme).organisationName(),
				programme.getAudience() == ProgrammeAudience.TEACHERS, programme.getZone(), pair, plan,
				sides.mentorMinor(), sides.menteeMinor(), sides.menteeRepresentative()));
		return new Printed(pdf, "individual-plan-" + pairId + "-v" + plan.getVersion() + ".pdf",
				pair.participantIds());
	}

	/** The pair's sides as the plan names their agreement: a minor's is the legal representative's signature. */
	PlanPages.Sides sides(MeetingLog.PairView pair) {
		Optional<Participant> mentor = Optional.empty();
		Optional<Participant> mentee = Optional.empty();
		for (Participant participant : participants.findAllById(pair.participantIds())) {
			if (participant.getRole() == ParticipantRole.MENTOR) {
				mentor = Optional.of(participant);
			}
			else {
				mentee = Optional.of(participant);
			}
		}
		String representative = mentee.map(Participant::getRepresentative)
			.filter(person -> !person.isErased())
			.map(person -> person.getFullName())
			.orElse(null);
		return new PlanPages.Sides(mentor.map(Participant::isMinor).orElse(false), mentee.map(Participant::isMinor).orElse(false),
				representative);
	}
}
