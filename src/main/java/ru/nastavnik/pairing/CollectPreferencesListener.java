package ru.nastavnik.pairing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;
import ru.nastavnik.training.ParticipantOptions;

/**
 * «Провести анкетирование о предпочитаемом наставнике» (roadmap step 17), one respondent's questionnaire: up to three
 * people of the other side, in order of preference, each among those offered and none twice. Submitting again replaces
 * the respondent's earlier answers. A respondent whose consent has lapsed is refused until a new one is recorded; one
 * who revoked it has their questionnaire closed with nothing recorded.
 */
@Component
class CollectPreferencesListener extends StepListener<Programme> {

	private static final List<String> LABELS = List.of("Первый выбор", "Второй выбор", "Третий выбор");

	private final PreferenceQuestionnaire questionnaire;

	private final Preferences preferences;

	private final ParticipantConsents consents;

	private final Clock clock;

	CollectPreferencesListener(Steps steps, OwnProgramme ownProgramme, PreferenceQuestionnaire questionnaire,
			Preferences preferences, ParticipantConsents consents, Clock clock) {
		super(steps, ownProgramme);
		this.questionnaire = questionnaire;
		this.preferences = preferences;
		this.consents = consents;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		Participant respondent = questionnaire.respondent(task)
			.orElseThrow(() -> new InvalidInput("Анкета не относится к участнику этой программы"));
		if (respondent.getStatus() == ParticipantStatus.WITHDRAWN) {
			// processing stopped: the questionnaire closes, and nothing is recorded about them
			task.removeVariables(PreferenceQuestionnaire.CHOICES);
			return;
		}
		consents.requireProcessingAllowed(respondent);
		Set<Long> offered = questionnaire.options(respondent).stream().map(Participant::getId)
			.collect(Collectors.toSet());
		List<Long> chosen = new ArrayList<>();
		for (int rank = 1; rank <= PreferenceQuestionnaire.CHOICES.size(); rank++) {
			String variable = PreferenceQuestionnaire.CHOICES.get(rank - 1);
			String label = LABELS.get(rank - 1);
			String value = rank == 1 && !offered.isEmpty() ? input.text(variable, label, 32)
					: input.optionalText(variable, label, 32);
			Long id = ParticipantOptions.id(value);
			input.require(value == null || id != null && offered.contains(id),
					"Поле «" + label + "»: выберите участника из предложенного списка");
			input.require(value == null || chosen.size() == rank - 1,
					"Поле «" + label + "»: сначала заполните предыдущий выбор");
			input.require(id == null || !chosen.contains(id), "Поле «" + label + "»: этот участник уже выбран выше");
			if (id != null && offered.contains(id) && !chosen.contains(id)) {
				chosen.add(id);
			}
		}
		input.rejectIfInvalid();
		preferences.deleteByParticipantId(respondent.getId());
		String by = input.performer();
		for (int rank = 1; rank <= chosen.size(); rank++) {
			preferences.save(new Preference(respondent.getProgramme().getId(), respondent.getId(), chosen.get(rank - 1),
					rank, by, clock.instant()));
		}
		task.removeVariables(PreferenceQuestionnaire.CHOICES);
	}
}
