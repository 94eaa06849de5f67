package ru.nastavnik.participant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;

/**
 * What the forms of a participant's enrolment show: whose task it is, who signs the consent, and for the working
 * group's and the psychologist's decisions the questionnaire's summary — the summary only under a valid consent.
 * Read from the participant's record whenever the form is opened; the engine holds only the participant's id.
 */
@Component
class EnrolmentFormDisplay implements TaskFormDisplay {

	private static final Set<String> NAMED = Set.of(EnrolmentProcess.RECORD_CONSENT,
			EnrolmentProcess.FILL_QUESTIONNAIRE, EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION);

	private static final Set<String> REVIEWED = Set.of(EnrolmentProcess.DECIDE_MENTEE_BASE,
			EnrolmentProcess.DECIDE_MENTOR_BASE, EnrolmentProcess.INTERVIEW_MENTOR, EnrolmentProcess.EVALUATE_PARTICIPANT);

	private final Participants participants;

	private final ParticipantReview review;

	private final ParticipantConsents consents;

	private final EvaluationSets parameters;

	EnrolmentFormDisplay(Participants participants, ParticipantReview review, ParticipantConsents consents,
			EvaluationSets parameters) {
		this.parameters = parameters;
		this.participants = participants;
		this.review = review;
		this.consents = consents;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return EnrolmentProcess.KEY.equals(processDefinitionKey)
				&& (NAMED.contains(taskDefinitionKey) || REVIEWED.contains(taskDefinitionKey))
				|| SecondEvaluationProcess.KEY.equals(processDefinitionKey)
						&& SecondEvaluationProcess.EVALUATE_AGAIN.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		participant(task).ifPresent(participant -> {
			values.put(EnrolmentProcess.Field.PARTICIPANT_NAME, participant.displayName());
			values.put(EnrolmentProcess.Field.CONSENT_SIGNER, participant.isMinor()
					? "законный представитель: " + Optional.ofNullable(participant.getRepresentative().getFullName())
						.orElse("данные уничтожены")
					: "сам участник (совершеннолетний)");
			boolean secondEvaluation = SecondEvaluationProcess.EVALUATE_AGAIN.equals(task.taskDefinitionKey());
			if (REVIEWED.contains(task.taskDefinitionKey()) || secondEvaluation) {
				values.put(EnrolmentProcess.Field.SUMMARY, summary(participant));
			}
			if (EnrolmentProcess.EVALUATE_PARTICIPANT.equals(task.taskDefinitionKey()) || secondEvaluation) {
				values.putAll(EvaluationForm.shown(parameters.of(participant)));
			}
		});
		return values;
	}

	private String summary(Participant participant) {
		boolean consented = participant.getStatus() != ParticipantStatus.WITHDRAWN
				&& consents.processingAllowed(participant);
		return consented ? review.summary(participant)
				: "Анкета не показывается: нет действующего согласия на обработку персональных данных. "
						+ "Получите новое согласие и отметьте его в системе.";
	}

	/** The task's participant, only within the task's own organisation. */
	private Optional<Participant> participant(FormTask task) {
		Long id = task.get(EnrolmentProcess.Var.PARTICIPANT_ID);
		return id == null ? Optional.empty() : participants.findById(id)
			.filter(participant -> participant.tenantId().equals(task.tenantId()));
	}
}
