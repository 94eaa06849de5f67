package ru.nastavnik.participant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.problem.RuleViolation;

/**
 * The working group's part: third-party information about a mentee (step 6), the decision on the base (steps 7
 * and 11), the psychologist's interview (step 13) and the first-stage evaluation (steps 9 and 12). Each step checks
 * the consent first.
 */
@Service
class ParticipantReview {

	static final int LOWEST_SCORE = 1;

	static final int HIGHEST_SCORE = 5;

	private final ParticipantConsents consents;

	private final QuestionnaireRegister questionnaires;

	private final ThirdPartyInformations thirdParty;

	private final Evaluations evaluations;

	private final Clock clock;

	ParticipantReview(ParticipantConsents consents, QuestionnaireRegister questionnaires,
			ThirdPartyInformations thirdParty, Evaluations evaluations, Clock clock) {
		this.consents = consents;
		this.questionnaires = questionnaires;
		this.thirdParty = thirdParty;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordThirdPartyInformation(Participant participant, ThirdPartySource source, String content,
			String by) {
		consents.requireProcessingAllowed(participant);
		thirdParty.save(new ThirdPartyInformation(participant.getId(), source, content, by, clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void decideOnBase(Participant participant, boolean included, String comment, String by) {
		consents.requireProcessingAllowed(participant);
		if (!included && (comment == null || comment.strip().length() < 10)) {
			throw new RuleViolation("Укажите причину, по которой участник не включён в базу (не короче 10 символов)");
		}
		participant.decideOnBase(included, comment, by, clock.instant());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordInterview(Participant participant, boolean admitted, String comment, String by) {
		consents.requireProcessingAllowed(participant);
		if (!admitted && (comment == null || comment.strip().length() < 10)) {
			throw new RuleViolation("Укажите причину, по которой наставник не допущен (не короче 10 символов)");
		}
		participant.recordInterview(admitted, comment, by, clock.instant());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Evaluation evaluate(Participant participant, EvaluationStage stage, int motivation, int personalGrowth,
			int professionalGrowth, int results, String comment, String by) {
		consents.requireProcessingAllowed(participant);
		List<String> problems = new ArrayList<>();
		score(problems, motivation, "Мотивация");
		score(problems, personalGrowth, "Личностный рост");
		score(problems, professionalGrowth, "Профессиональный рост");
		score(problems, results, "Образовательные (профессиональные) результаты");
		if (evaluations.findByParticipantIdAndStage(participant.getId(), stage).isPresent()) {
			problems.add("Участник уже оценён: " + stage.title());
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(String.join("; ", problems));
		}
		return evaluations.save(new Evaluation(participant.getId(), stage, motivation, personalGrowth,
				professionalGrowth, results, comment, by, clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordRecommendedForm(Participant participant, String form) {
		questionnaires.mentee(participant.getId()).ifPresent(answers -> answers.recommend(form));
	}

	/**
	 * What the working group reads in a form to decide: the questionnaire and third-party information, never more.
	 * It goes into a task-local variable and is erased with everything else if the consent is revoked.
	 */
	public String summary(Participant participant) {
		StringBuilder text = new StringBuilder();
		text.append(participant.displayName()).append(", ").append(participant.getRole().title());
		if (participant.getClassOrPosition() != null) {
			text.append(", ").append(participant.getClassOrPosition());
		}
		if (participant.isMinor()) {
			text.append(" (несовершеннолетний)");
		}
		questionnaires.mentee(participant.getId()).ifPresent(answers -> {
			text.append("\nКатегория: ").append(answers.getCategory().title());
			text.append("\nЗапросы: ").append(answers.getRequests());
			if (answers.getInterests() != null) {
				text.append("\nИнтересы: ").append(answers.getInterests());
			}
		});
		questionnaires.mentor(participant.getId()).ifPresent(answers -> {
			text.append("\nНаставник: ").append(answers.getMentorType().title());
			text.append("\nКомпетенции: ").append(answers.getCompetences());
			text.append("\nОпыт: ").append(answers.getExperience());
			text.append("\nГотов взять наставляемых: до ").append(answers.getMaxMentees());
		});
		String information = thirdParty.findByParticipantIdOrderById(participant.getId()).stream()
			.map(item -> item.getSource().title() + ": " + item.getContent())
			.collect(Collectors.joining("\n"));
		if (!information.isEmpty()) {
			text.append("\nСведения третьих лиц:\n").append(information);
		}
		return text.toString();
	}

	public List<ThirdPartyInformation> thirdPartyInformation(Participant participant) {
		return thirdParty.findByParticipantIdOrderById(participant.getId());
	}

	public List<Evaluation> evaluations(Participant participant) {
		return evaluations.findByParticipantIdOrderById(participant.getId());
	}

	private static void score(List<String> problems, int value, String label) {
		if (value < LOWEST_SCORE || value > HIGHEST_SCORE) {
			problems.add("Оценка «" + label + "»: целое число от " + LOWEST_SCORE + " до " + HIGHEST_SCORE);
		}
	}
}
