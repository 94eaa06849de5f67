package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;

/** What the form of step 30 shows, read when it is opened: the system's figures of the programme, as they stand. */
@Component
class ProgrammeQualityFormDisplay implements TaskFormDisplay {

	static final String FIGURES = "qualityFigures";

	private final Programmes programmes;

	private final ProgrammeQuality quality;

	ProgrammeQualityFormDisplay(Programmes programmes, ProgrammeQuality quality) {
		this.programmes = programmes;
		this.quality = quality;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return ProgrammeProcess.KEY.equals(processDefinitionKey) && ProgrammeQuality.STEP.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId())
			.ifPresent(programme -> values.put(FIGURES, quality.figures(programme).lines().stream()
				.map(line -> "- " + line).collect(Collectors.joining("\n"))));
		return values;
	}
}
