package ru.nastavnik.programme;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Выбрать формы наставничества» (roadmap step 8): the working group chooses the programme's forms of mentoring —
 * for teaching staff also the kinds and the directions of personalised programmes — among those its audience has.
 */
@Component
class ChooseMentoringFormsListener extends StepListener<Programme> {

	private final MentoringChoices choices;

	private final Clock clock;

	ChooseMentoringFormsListener(Steps steps, OwnProgramme ownProgramme, MentoringChoices choices, Clock clock) {
		super(steps, ownProgramme);
		this.choices = choices;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		java.util.Set<MentoringOption> chosen = java.util.EnumSet.noneOf(MentoringOption.class);
		for (MentoringOption.Category category : MentoringOption.Category.values()) {
			Collection<String> codes = input.checklist(category.variable());
			boolean offered = java.util.Arrays.stream(MentoringOption.values())
				.anyMatch(option -> option.category() == category && option.offeredTo(programme.getAudience()));
			input.require(!offered || !codes.isEmpty(), "Выберите хотя бы один пункт: «" + category.title() + "»");
			for (Object code : codes) {
				Optional<MentoringOption> option = MentoringOption.of(category, String.valueOf(code))
					.filter(candidate -> candidate.offeredTo(programme.getAudience()));
				input.require(option.isPresent(), "«" + category.title() + "»: пункт «" + code
						+ "» не подходит для программы «" + programme.getAudience().title() + "»");
				option.ifPresent(chosen::add);
			}
		}
		input.rejectIfInvalid();
		String by = input.performer();
		chosen.forEach(option -> choices.save(new MentoringChoice(programme.getId(), option, by, clock.instant())));
		for (MentoringOption.Category category : MentoringOption.Category.values()) {
			task.removeVariable(category.variable());
		}
	}
}
