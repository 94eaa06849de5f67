package ru.nastavnik.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.feedback.Feedback;
import ru.nastavnik.feedback.FeedbackSteps;
import ru.nastavnik.feedback.Figures;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.pairwork.MeetingLog;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.NoLongerAvailable;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.time.RussianDates;

/**
 * The quality of the programme's implementation (step 30, Р-145 monitoring, stage 1): the figures the system already
 * knows, and the review the working group and the curator record once — the SWOT analysis and the curator's
 * questionnaire — which becomes the step's record and a section of the monitoring report.
 */
@Service
public class ProgrammeQuality {

	static final String STEP = "monitorProgrammeQuality";

	private final ProgrammeQualityReviews reviews;

	private final MentoringPairs pairs;

	private final MeetingLog meetings;

	private final Feedback feedback;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final StepLog stepLog;

	private final Clock clock;

	ProgrammeQuality(ProgrammeQualityReviews reviews, MentoringPairs pairs, MeetingLog meetings, Feedback feedback,
			Participants participants, ParticipantConsents consents, StepLog stepLog, Clock clock) {
		this.reviews = reviews;
		this.pairs = pairs;
		this.meetings = meetings;
		this.feedback = feedback;
		this.participants = participants;
		this.consents = consents;
		this.stepLog = stepLog;
		this.clock = clock;
	}

	/** The system's figures as they stand now. */
	@Transactional(readOnly = true)
	public QualityFigures figures(Programme programme) {
		// the pairs the director's order put in effect (a pair ended before its order took effect never worked)
		List<MentoringPair> fixed = pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				List.of(PairStatus.ACTIVE, PairStatus.ENDED, PairStatus.COMPLETED)).stream()
			.filter(pair -> pair.getActivatedAt() != null).toList();
		Set<Long> paired = new HashSet<>();
		fixed.forEach(pair -> {
			paired.add(pair.getMentorId());
			paired.add(pair.getMenteeId());
		});
		int ended = (int) fixed.stream().filter(pair -> pair.getStatus() == PairStatus.ENDED).count();
		MeetingLog.Tally tally = meetings.tally(programme);
		List<String> rates = new ArrayList<>();
		for (String step : FeedbackSteps.ALL) {
			feedback.figures(programme.getId(), step).ifPresent(figures -> rates.add(roundOf(step) + " — "
					+ figures.answered() + " из " + figures.sent() + " (" + figures.rate() + " %)"));
		}
		List<Long> everyone = participants.findByProgrammeIdOrderById(programme.getId()).stream()
			.map(Participant::getId).toList();
		StepLog.Keeping keeping = stepLog.keeping(programme.getId());
		return new QualityFigures(fixed.size(), fixed.size() - ended, ended, paired.size(), tally.held(),
				tally.missed(), rates,
				participants.countByProgrammeIdAndRoleAndStatus(programme.getId(), ParticipantRole.MENTEE,
						ParticipantStatus.WITHDRAWN),
				participants.countByProgrammeIdAndRoleAndStatus(programme.getId(), ParticipantRole.MENTOR,
						ParticipantStatus.WITHDRAWN),
				consents.revokedAmong(everyone), keeping.percentDone(), keeping.notHeld(), keeping.everOverdue(),
				keeping.overdueNow());
	}

	private static String roundOf(String step) {
		return switch (step) {
			case FeedbackSteps.NOVEMBER -> "обратная связь пар (ноябрь)";
			case FeedbackSteps.MAY -> "обратная связь пар (май)";
			default -> "удовлетворённость участием";
		};
	}

	/**
	 * The programme's quality as the monitoring shows it: the review of step 30 with the figures it recorded, or
	 * before it today's figures.
	 */
	@Transactional(readOnly = true)
	public View view(Programme programme) {
		Optional<ProgrammeQualityReview> review = review(programme);
		return review.map(found -> new View("Мониторинг качества проведён " + RussianDates.format(found
			.getRecordedAt().atZone(programme.getZone()).toLocalDate()) + "; средняя оценка куратора — "
				+ String.format(Figures.RUSSIAN, "%.1f", found.meanScore()) + " из "
				+ QualityCriterion.MAX + ". Цифры системы на тот день:", found.getFigures().lines().toList(), review))
			.orElseGet(() -> new View("Мониторинг качества (шаг 30) ещё не проводился. Цифры системы на сегодня:",
					figures(programme).lines(), Optional.empty()));
	}

	/** The programme's quality as shown: a heading, the figures' lines, the review when recorded. */
	public record View(String heading, List<String> figures, Optional<ProgrammeQualityReview> review) {

		/** The criteria with their scores, in the questionnaire's order (empty before the review). */
		public List<CriterionScore> scores() {
			return review.map(found -> java.util.Arrays.stream(QualityCriterion.values())
				.map(criterion -> new CriterionScore(criterion, found.score(criterion))).toList()).orElse(List.of());
		}
	}

	/** A criterion of the curator's questionnaire with its score; null when it was not scored. */
	public record CriterionScore(QualityCriterion criterion, Integer score) {

		/** The score as shown: the number, or «—». */
		public String shown() {
			return score == null ? "—" : String.valueOf(score);
		}
	}

	/** The review step 30 recorded; empty before it. */
	@Transactional(readOnly = true)
	public Optional<ProgrammeQualityReview> review(Programme programme) {
		return reviews.findByProgrammeId(programme.getId());
	}

	/**
	 * Records the review once, with the figures as they stand, and the roadmap step as held with them; a second
	 * review of the same programme is refused.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ProgrammeQualityReview record(Programme programme, ProgrammeQualityReview.Swot swot,
			Map<QualityCriterion, Integer> scores, String recommendations, String by) {
		if (reviews.findByProgrammeId(programme.getId()).isPresent()) {
			throw new NoLongerAvailable("Мониторинг качества программы уже проведён: повторно он не записывается");
		}
		QualityFigures figures = figures(programme);
		ProgrammeQualityReview review = reviews.save(new ProgrammeQualityReview(programme.getId(),
				programme.getOrganisation().getId(), swot, new EnumMap<>(scores), recommendations,
				String.join("\n", figures.lines()),
				clock.instant(), by));
		stepLog.held(programme.getId(), STEP, figures.participantsPaired(), "SWOT-анализ и анкета куратора "
				+ "заполнены; средняя оценка качества — " + String.format(Figures.RUSSIAN, "%.1f", review.meanScore())
				+ " из " + QualityCriterion.MAX + ". " + figures.summary(), by);
		return review;
	}
}
