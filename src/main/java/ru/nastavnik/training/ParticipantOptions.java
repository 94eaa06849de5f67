package ru.nastavnik.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.nastavnik.engine.FormOption;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.tasklist.FormInput;

/**
 * The people a form offers in a checklist or a select: a list of {@code {"label", "value"}} that form-js reads
 * through {@code valuesKey}, shown when the form is read. The value is the participant's id; the label, their name and class or
 * position. The step checks on completion that what came back was offered, since a form can be submitted around the
 * browser.
 */
public final class ParticipantOptions {

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

	/** The options for the form's {@code valuesKey}: each participant's label, and their id as the value. */
	public static List<FormOption> of(List<Participant> offered, Function<Participant, String> label) {
		return offered.stream().map(participant -> new FormOption(label.apply(participant),
				participant.getId().toString())).toList();
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
