package ru.nastavnik.pairing;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.tasklist.FormInput;

/** «Оценить совместимость пары»: the psychologist's note on one flagged pair. */
@Component
class CheckCompatibilityListener extends PairingStepListener {

	private final PairingReview review;

	CheckCompatibilityListener(Programmes programmes, Clock clock, PairingReview review) {
		super(programmes, clock);
		this.review = review;
	}

	@Override
	void record(DelegateTask task, FormInput input, Programme programme) {
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
