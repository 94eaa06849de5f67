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

	static final String SUMMARY = "pairSummary";

	private final PairingReview review;

	CheckCompatibilityListener(Programmes programmes, Clock clock, PairingReview review) {
		super(programmes, clock);
		this.review = review;
	}

	@Override
	void show(DelegateTask task, Programme programme) {
		Long pairId = pairId(task);
		task.setVariableLocal(SUMMARY, review.pair(programme, pairId)
			.filter(pair -> pair.status() == PairStatus.PROPOSED)
			.map(pair -> "Пара № " + pair.id() + ": наставник " + pair.mentor().name() + " — наставляемый "
					+ pair.mentee().name() + ", форма «" + pair.formTitle() + "». " + pair.explanation())
			.orElse("Пара № " + pairId + " уже не в предложении"));
	}

	@Override
	void record(DelegateTask task, FormInput input, Programme programme) {
		boolean compatible = input.yes("compatible", "Заключение");
		String comment = input.optionalText("compatibilityComment", "Комментарий педагога-психолога", 2000);
		input.require(compatible || comment != null && comment.length() >= 5,
				"Если пара несовместима, объясните почему в комментарии (не короче 5 символов)");
		input.rejectIfInvalid();
		if (review.isProposed(programme, pairId(task))) {
			review.noteCompatibility(programme, pairId(task), compatible, comment, input.performer());
		}
		// a pair the working group took out meanwhile needs no word: the task closes with nothing recorded
		task.getExecution().removeVariable("compatible");
		task.getExecution().removeVariable("compatibilityComment");
	}

	private static Long pairId(DelegateTask task) {
		return ((Number) task.getVariable(PairingProcess.Var.PAIR_ID)).longValue();
	}
}
