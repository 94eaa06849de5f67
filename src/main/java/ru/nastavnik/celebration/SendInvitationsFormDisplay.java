package ru.nastavnik.celebration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormOption;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;

/** What the form of step 28 shows, read when it is opened: whom each group would invite now, and how many by mail. */
@Component
class SendInvitationsFormDisplay implements TaskFormDisplay {

	static final String GUESTS = "guestsPreview";

	static final String GROUP_OPTIONS = "guestGroupOptions";

	private final Programmes programmes;

	private final Celebration celebration;

	SendInvitationsFormDisplay(Programmes programmes, Celebration celebration) {
		this.programmes = programmes;
		this.celebration = celebration;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return ProgrammeProcess.KEY.equals(processDefinitionKey) && Celebration.STEP.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId()).ifPresent(programme -> {
			List<String> lines = new ArrayList<>();
			List<FormOption> options = new ArrayList<>();
			celebration.preview(programme).forEach((group, count) -> {
				lines.add("- " + group.title() + ": " + count[0] + (count[0] == 0 ? ""
						: " (по почте — " + count[1] + ", вручить лично — " + (count[0] - count[1]) + ")"));
				options.add(new FormOption(group.title() + " — " + count[0], group.name()));
			});
			values.put(GUESTS, String.join("\n", lines));
			values.put(GROUP_OPTIONS, options);
		});
		return values;
	}
}
