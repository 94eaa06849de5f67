package ru.nastavnik.participant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	private final ParticipantConsents consents;

	private final QuestionnaireRegister questionnaires;

	private final ThirdPartyInformations thirdParty;

	private final Evaluations evaluations;

	private final Clock clock;

	private final EvaluationSets parameters;

	ParticipantReview(ParticipantConsents consents, QuestionnaireRegister questionnaires,
			ThirdPartyInformations thirdParty, Evaluations evaluations, EvaluationSets parameters, Clock clock) {
		this.parameters = parameters;
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

	/**
	 * Evaluates the participant on every parameter of their set (their programme's audience, their role), each on
	 * its scale, once per stage; a missing, unknown or off-scale score is refused in Russian with nothing written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Evaluation evaluate(Participant participant, EvaluationStage stage, Map<String, Integer> scores,
			String comment, String by) {
		consents.requireProcessingAllowed(participant);
		List<String> problems = new ArrayList<>();
		List<EvaluationParameter> set = parameters.of(participant);
		Map<String, Integer> given = new LinkedHashMap<>();
		for (EvaluationParameter parameter : set) {
			Integer score = scores.get(parameter.getCode());
			if (score == null) {
				problems.add("Поставьте оценку «" + parameter.getTitle() + "»");
			}
			else if (!parameter.accepts(score)) {
				problems.add("Оценка «" + parameter.getTitle() + "»: целое число от " + parameter.getScaleMin()
						+ " до " + parameter.getScaleMax());
			}
			else {
				given.put(parameter.getCode(), score);
			}
		}
		scores.keySet().stream().filter(code -> set.stream().noneMatch(parameter -> parameter.getCode().equals(code)))
			.forEach(code -> problems.add("Параметра «" + code + "» нет среди параметров оценки участника"));
		if (evaluations.findByParticipantIdAndStage(participant.getId(), stage).isPresent()) {
			problems.add("Участник уже оценён: " + stage.title());
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(String.join("; ", problems));
		}
		return evaluations.save(new Evaluation(participant.getId(), stage, given, comment, by, clock.instant()));
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

}
