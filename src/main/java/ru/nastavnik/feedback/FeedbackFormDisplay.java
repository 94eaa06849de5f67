package ru.nastavnik.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.time.RussianDates;

/**
 * What the form of a feedback step shows, read when it is opened: how many links went out and were answered, the
 * mean scores and a few of the open answers — never stored in the engine.
 */
@Component
class FeedbackFormDisplay implements TaskFormDisplay {

	/** How many open answers of each question the form quotes. */
	static final int QUOTED = 5;

	private final Programmes programmes;

	private final Feedback feedback;

	FeedbackFormDisplay(Programmes programmes, Feedback feedback) {
		this.programmes = programmes;
		this.feedback = feedback;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return ProgrammeProcess.KEY.equals(processDefinitionKey) && FeedbackSteps.ALL.contains(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		Optional<Programme> programme = programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID),
				task.tenantId());
		if (programme.isEmpty()) {
			return values;
		}
		Questionnaire questionnaire = Questionnaire.of(task.taskDefinitionKey());
		values.put(FeedbackSteps.TITLE, questionnaire.title());
		values.put(FeedbackSteps.ABOUT, questionnaire == Questionnaire.PAIR_WORK
				? "Каждый участник действующей пары (за несовершеннолетнего — законный представитель) получает по "
						+ "почте ссылку на короткую анкету: четыре оценки от 1 до 5 и два открытых вопроса."
				: "Каждый участник, чья пара работала до конца года (за несовершеннолетнего — законный "
						+ "представитель), получает по почте ссылку на анкету удовлетворённости участием в программе "
						+ "(Р-145): оценки от 1 до 10, два вопроса «да или нет» и два открытых вопроса.");
		Optional<Figures> found = feedback.figures(programme.get().getId(), task.taskDefinitionKey());
		if (found.isEmpty()) {
			values.put(FeedbackSteps.FIGURES, "Анкеты участникам ещё не разосланы: рассылка начнётся в первый день "
					+ "месяца шага (в 9:00), не позже чем за неделю до срока задачи.");
			values.put(FeedbackSteps.SUMMARY, "Ответов пока нет.");
			return values;
		}
		Figures figures = found.get();
		values.put(FeedbackSteps.FIGURES, "Анкеты разосланы " + RussianDates.formatWithTime(figures.openedAt(),
				programme.get().getZone()) + ", ссылки действуют до " + RussianDates.formatWithTime(figures.dueAt(),
						programme.get().getZone()) + ". " + figures.summary() + " Кто ответил и как — на странице программы «Обратная связь пар»; там же "
				+ "вводятся ответы с бумажных анкет.");
		values.put(FeedbackSteps.SUMMARY, figures.answered() == 0 ? "Ответов пока нет."
				: quoted(figures.questionnaire().worked(), figures.whatWorked()) + "\n\n"
						+ quoted(figures.questionnaire().toChange(), figures.whatToChange()));
		return values;
	}

	private static String quoted(String asked, List<String> texts) {
		String question = asked.endsWith("?") ? asked.substring(0, asked.length() - 1) : asked;
		if (texts.isEmpty()) {
			return "**" + question + ":** ответов нет.";
		}
		return texts.stream().limit(QUOTED).map(text -> "- " + text.replace('\n', ' '))
			.collect(Collectors.joining("\n", "**" + question + "** (ответов: " + texts.size() + "):\n", ""));
	}
}
