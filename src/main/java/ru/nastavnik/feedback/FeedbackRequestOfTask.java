package ru.nastavnik.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.StepSubject;

/** The request a Tasklist questionnaire answers: only one of its own organisation's programme's rounds. */
@Component
class FeedbackRequestOfTask implements StepSubject<FeedbackRequest> {

	private final OwnProgramme ownProgramme;

	private final FeedbackRequests requests;

	private final FeedbackRounds rounds;

	FeedbackRequestOfTask(OwnProgramme ownProgramme, FeedbackRequests requests, FeedbackRounds rounds) {
		this.ownProgramme = ownProgramme;
		this.requests = requests;
		this.rounds = rounds;
	}

	@Override
	public FeedbackRequest of(DelegateTask task) {
		Programme programme = ownProgramme.of(task);
		Long id = FeedbackAnswerProcess.Var.FEEDBACK_REQUEST_ID.from(task);
		return requests.findById(id)
			.filter(request -> rounds.findById(request.getRoundId())
				.filter(round -> round.getProgrammeId().equals(programme.getId()))
				.isPresent())
			.orElseThrow(() -> new InvalidInput("Анкета этой задачи не найдена в программе: ответы не приняты"));
	}
}
