package ru.nastavnik.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.time.RussianDates;

/**
 * What the Tasklist questionnaire shows, read when it is opened: the round's month, the pair, and until when it may be
 * answered — never stored in the engine.
 */
@Component
class FeedbackAnswerFormDisplay implements TaskFormDisplay {

	private final Programmes programmes;

	private final FeedbackRequests requests;

	private final FeedbackRounds rounds;

	FeedbackAnswerFormDisplay(Programmes programmes, FeedbackRequests requests, FeedbackRounds rounds) {
		this.programmes = programmes;
		this.requests = requests;
		this.rounds = rounds;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return FeedbackAnswerProcess.KEY.equals(processDefinitionKey)
				&& (FeedbackAnswerProcess.ANSWER.equals(taskDefinitionKey)
						|| FeedbackAnswerProcess.ANSWER_SATISFACTION.equals(taskDefinitionKey));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		Optional<Programme> programme = programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID),
				task.tenantId());
		Optional<FeedbackRequest> request = programme.flatMap(own -> Optional
			.ofNullable(task.get(FeedbackAnswerProcess.Var.FEEDBACK_REQUEST_ID))
			.flatMap(requests::findById));
		Optional<FeedbackRound> round = request.flatMap(found -> rounds.findById(found.getRoundId()))
			.filter(found -> found.getProgrammeId().equals(programme.get().getId()));
		if (round.isEmpty()) {
			return values;
		}
		FeedbackRequest asked = request.get();
		Questionnaire questionnaire = Questionnaire.of(round.get().getStep());
		String until = ". Ответить можно один раз — здесь или по ссылке из письма — до " + RussianDates.formatWithTime(
				asked.getExpiresAt(), programme.get().getZone()) + ".";
		values.put(FeedbackAnswerProcess.INTRO, questionnaire == Questionnaire.PAIR_WORK
				? "Анкета программы наставничества за " + Feedback.monthOf(round.get().getStep())
						+ " для участника пары № " + asked.getPairId() + " — " + asked.getRespondentRole().title()
						+ until + " Последний вопрос — об отношениях " + asked.getRespondentRole().withOther() + "."
				: "Программа наставничества завершается: как вам было в ней? Анкета для участника пары № "
						+ asked.getPairId() + " — " + asked.getRespondentRole().title() + until);
		values.put(FeedbackAnswerProcess.RESPONDENT_ROLE, asked.getRespondentRole().name());
		return values;
	}
}
