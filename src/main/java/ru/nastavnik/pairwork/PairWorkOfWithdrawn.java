package ru.nastavnik.pairwork;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.participant.ParticipantWithdrawn;

/**
 * A participant's consent revoked: the work of their pairs keeps its counts — meetings, their dates, length and who
 * came, the plan's schedule and outcomes — and loses its words, which may name them (the meetings' topics and notes,
 * the plan's goals and tasks, the result, what the curator found out). In the same transaction as the erasure.
 */
@Component
class PairWorkOfWithdrawn {

	private final MentoringPairs pairs;

	private final PairMeetings meetings;

	private final IndividualPlans plans;

	private final MissedMeetingsInquiries inquiries;

	PairWorkOfWithdrawn(MentoringPairs pairs, PairMeetings meetings, IndividualPlans plans,
			MissedMeetingsInquiries inquiries) {
		this.pairs = pairs;
		this.meetings = meetings;
		this.plans = plans;
		this.inquiries = inquiries;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ParticipantWithdrawn withdrawn) {
		Long participant = withdrawn.participantId();
		for (MentoringPair pair : pairs.findByMentorIdOrMenteeId(participant, participant)) {
			meetings.findByPairIdOrderByHeldOnDescIdDesc(pair.getId()).forEach(PairMeeting::eraseTexts);
			plans.findByPairIdOrderByVersionDesc(pair.getId()).forEach(IndividualPlan::eraseTexts);
			inquiries.findByPairIdOrderByAnsweredAtDesc(pair.getId()).forEach(MissedMeetingsInquiry::eraseComment);
		}
	}
}
