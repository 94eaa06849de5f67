package ru.nastavnik.pairing;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Оценить совместимость пары»: the psychologist's note on one flagged pair. */
@Component
class CheckCompatibilityListener extends StepListener<Programme> {

	private final PairingReview review;

	CheckCompatibilityListener(Steps steps, OwnProgramme ownProgramme, PairingReview review) {
		super(steps, ownProgramme);
		this.review = review;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		boolean compatible = input.yes(PairingProcess.Field.COMPATIBLE, "Заключение");
		String comment = input.optionalText(PairingProcess.Field.COMPATIBILITY_COMMENT, "Комментарий педагога-психолога", 2000);
		input.require(compatible || comment != null && comment.length() >= 5,
				"Если пара несовместима, объясните почему в комментарии (не короче 5 символов)");
		input.rejectIfInvalid();
		if (review.isProposed(programme, pairId(task))) {
			review.noteCompatibility(programme, pairId(task), compatible, comment, input.performer());
		}
		// a pair the working group took out meanwhile needs no word: the task closes with nothing recorded
		task.getExecution().removeVariable(PairingProcess.Field.COMPATIBLE);
		task.getExecution().removeVariable(PairingProcess.Field.COMPATIBILITY_COMMENT);
	}

	private static Long pairId(DelegateTask task) {
		return PairingProcess.Var.PAIR_ID.requiredFrom(task);
	}
}
