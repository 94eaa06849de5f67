package ru.nastavnik.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.tasklist.FormInput;

/**
 * The people a form offers in a checklist or a select: a task-local JSON list of {@code {"label", "value"}} that
 * form-js reads through {@code valuesKey}. The value is the participant's id; the label, their name and class or
 * position. The step checks on completion that what came back was offered, since a form can be submitted around the
 * browser.
 */
public final class ParticipantOptions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ParticipantOptions() {
	}

	/** «Иванов Иван Иванович, 8 «А»» — the name, and the class or position where there is one. */
	public static String label(Participant participant) {
		return participant.displayName() + Optional.ofNullable(participant.getClassOrPosition())
			.filter(text -> !text.isBlank()).map(text -> ", " + text).orElse("");
	}

	/** The label with the person's role: «…, 8 «А» — наставляемый». */
	public static String labelWithRole(Participant participant) {
		return label(participant) + " — " + participant.getRole().title();
	}

	/** Sets the options on the task, for the form's {@code valuesKey}. */
	public static void offer(DelegateTask task, String variable, List<Participant> offered,
			Function<Participant, String> label) {
		List<Map<String, String>> options = new ArrayList<>();
		for (Participant participant : offered) {
			Map<String, String> option = new LinkedHashMap<>();
			option.put("label", label.apply(participant));
			option.put("value", participant.getId().toString());
			options.add(option);
		}
		try {
			task.setVariableLocal(variable, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The participants ticked in a checklist: at least one, each among those offered. Anything else is a problem in
	 * Russian on the input.
	 */
	public static Set<Long> chosen(FormInput input, String variable, String label, List<Participant> offered) {
		Set<Long> offeredIds = offered.stream().map(Participant::getId).collect(Collectors.toSet());
		Set<Long> chosen = new LinkedHashSet<>();
		for (String value : input.checklist(variable)) {
			Long id = id(value);
			input.require(id != null && offeredIds.contains(id), "«" + label + "»: участник «" + value
					+ "» не из предложенного списка (нет в базе, не допущен или нет действующего согласия)");
			if (id != null) {
				chosen.add(id);
			}
		}
		input.require(!input.checklist(variable).isEmpty(), "Отметьте хотя бы одного участника: «" + label + "»"
				+ (offered.isEmpty() ? " — в базах нет подходящих участников с действующим согласием" : ""));
		return chosen;
	}

	/** A submitted option's participant id, or null when it is not a number. */
	public static Long id(String value) {
		try {
			return value == null ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
