package ru.nastavnik.consent;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.StepSubject;
import ru.nastavnik.tasklist.Steps;

/**
 * «Получить согласие на обработку персональных данных»: the written consent (the legal representative's for a minor)
 * and, if given, the separate consent to publication.
 */
@Component
class RecordConsentListener extends StepListener<Participant> {

	private final ConsentRegister consents;

	RecordConsentListener(Steps steps, StepSubject<Participant> ownParticipant, ConsentRegister consents) {
		super(steps, ownParticipant);
		this.consents = consents;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		if (task.getVariable(EnrolmentProcess.Field.CONSENT_RECEIVED_ON) == null && consents.processingAllowed(participant)) {
			// received through the API, which completes the waiting task
			accepted(task, participant);
			return;
		}
		ReceivedConsent processing = new ReceivedConsent(input.pastDate(EnrolmentProcess.Field.CONSENT_RECEIVED_ON, "Дата получения согласия"),
				input.date("consentValidUntil", "Согласие действует до"),
				input.text("consentPaperReference", "Номер и место хранения подписанного согласия", 255));
		ReceivedConsent publication = null;
		if (input.ticked("publicationConsentGiven")) {
			publication = new ReceivedConsent(processing.receivedOn(),
					input.date("publicationValidUntil", "Согласие на распространение действует до"),
					input.text("publicationPaperReference", "Номер согласия на распространение", 255));
		}
		input.rejectIfInvalid();
		String by = input.performer();
		consents.record(participant, ConsentPurpose.PROCESSING, processing, by);
		if (publication != null) {
			consents.record(participant, ConsentPurpose.PUBLICATION, publication, by);
		}
		accepted(task, participant);
	}

	private static void accepted(DelegateTask task, Participant participant) {
		participant.consentReceived();
		EnrolmentProcess.Var.CONSENT_GIVEN.set(task, true);
	}
}
