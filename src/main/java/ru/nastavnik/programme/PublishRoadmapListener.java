package ru.nastavnik.programme;

import static ru.nastavnik.programme.ProgrammeProcess.Field.PUBLISHED_ON;
import static ru.nastavnik.programme.ProgrammeProcess.Field.PUBLISHED_URL;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Разместить дорожную карту на сайте организации»: records the page's address and the date. */
@Component
class PublishRoadmapListener extends StepListener<Programme> {

	static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?");

	private final ProgrammePreparation preparation;

	PublishRoadmapListener(Steps steps, OwnProgramme ownProgramme, ProgrammePreparation preparation) {
		super(steps, ownProgramme);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String url = input.matching(PUBLISHED_URL, "Адрес страницы с дорожной картой", URL,
				"https://school3-lyskovo.ru/nastavnichestvo");
		LocalDate publishedOn = input.pastDate(PUBLISHED_ON, "Дата размещения");
		input.rejectIfInvalid();
		preparation.recordPublication(programme.getId(), url, publishedOn, input.performer());
		task.removeVariable(PUBLISHED_ON);
	}
}
