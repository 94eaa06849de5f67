package ru.nastavnik.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.problem.InvalidInput;

/**
 * Reads what a person submitted in a step's form, checking each field; collects every problem in Russian so the
 * person sees them all at once. The browser validates too, but a form can be submitted around it (engine REST).
 */
public final class FormInput {

	private final DelegateTask task;

	private final Clock clock;

	private final List<String> problems = new ArrayList<>();

	public FormInput(DelegateTask task, Clock clock) {
		this.task = task;
		this.clock = clock;
	}

	public String text(String variable, String label, int maxLength) {
		String value = optionalText(variable, label, maxLength);
		if (value == null) {
			problems.add("Заполните поле «" + label + "»");
		}
		return value;
	}

	public String text(String variable, String label, int minLength, int maxLength) {
		String value = text(variable, label, maxLength);
		if (value != null && value.length() < minLength) {
			problems.add("Поле «" + label + "»: не короче " + minLength + " символов");
		}
		return value;
	}

	public String optionalText(String variable, String label, int maxLength) {
		Object raw = task.getVariable(variable);
		if (raw == null || raw.toString().isBlank()) {
			return null;
		}
		String value = raw.toString().strip();
		if (value.length() > maxLength) {
			problems.add("Поле «" + label + "»: не длиннее " + maxLength + " символов");
		}
		return value;
	}

	public String matching(String variable, String label, Pattern pattern, String example) {
		String value = text(variable, label, 512);
		if (value != null && !pattern.matcher(value).matches()) {
			problems.add("Поле «" + label + "» заполнено неверно, пример: " + example);
		}
		return value;
	}

	public String choice(String variable, String label, Set<String> allowed) {
		String value = text(variable, label, 64);
		if (value != null && !allowed.contains(value)) {
			problems.add("Поле «" + label + "»: выберите один из предложенных вариантов");
		}
		return value;
	}

	/** A date not later than today. */
	public LocalDate pastDate(String variable, String label) {
		LocalDate date = date(variable, label);
		if (date != null && date.isAfter(LocalDate.now(clock))) {
			problems.add("Поле «" + label + "»: дата не может быть позже сегодняшней");
		}
		return date;
	}

	/** A required date, as form-js submits it (ГГГГ-ММ-ДД) or as a date value. */
	public LocalDate date(String variable, String label) {
		Object raw = task.getVariable(variable);
		if (raw == null || raw.toString().isBlank()) {
			problems.add("Заполните поле «" + label + "»");
			return null;
		}
		try {
			return raw instanceof Date instant ? instant.toInstant().atZone(clock.getZone()).toLocalDate()
					: LocalDate.parse(raw.toString().strip());
		}
		catch (DateTimeParseException e) {
			problems.add("Поле «" + label + "»: укажите дату в формате ГГГГ-ММ-ДД");
			return null;
		}
	}

	/** A yes-or-no radio group with the values {@code yes} and {@code no}. */
	public boolean yes(String variable, String label) {
		String value = choice(variable, label, Set.of("yes", "no"));
		return "yes".equals(value);
	}

	/** A checklist's values: Tasklist sends them as a JSON array (Spin), a REST client may send a list. */
	public List<String> checklist(String variable) {
		Object raw = task.getVariable(variable);
		if (raw instanceof SpinJsonNode json && json.isArray()) {
			return json.elements().stream().map(element -> element.isString() ? element.stringValue()
					: element.toString()).toList();
		}
		if (raw instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	/** A checkbox: ticked or not (not submitted counts as not ticked). */
	public boolean ticked(String variable) {
		Object raw = task.getVariable(variable);
		return raw instanceof Boolean value ? value : raw != null && Boolean.parseBoolean(raw.toString());
	}

	public int count(String variable, String label, int min, int max) {
		Object raw = task.getVariable(variable);
		if (raw == null || raw.toString().isBlank()) {
			problems.add("Заполните поле «" + label + "»");
			return 0;
		}
		try {
			double number = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().strip());
			if (number != Math.rint(number) || number < min || number > max) {
				problems.add("Поле «" + label + "»: целое число от " + min + " до " + max);
				return 0;
			}
			return (int) number;
		}
		catch (NumberFormatException e) {
			problems.add("Поле «" + label + "»: укажите число");
			return 0;
		}
	}

	public void require(boolean condition, String russianProblem) {
		if (!condition) {
			problems.add(russianProblem);
		}
	}

	/** Stops the step, and rolls back its transaction, when any field was wrong. */
	public void rejectIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(String.join("; ", problems));
		}
	}

	/** When the form is recorded: now, by the business clock. */
	public Instant now() {
		return clock.instant();
	}

	/** Who submitted the form: the authenticated person, or the task's assignee. */
	public String performer() {
		Authentication authentication = task.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		if (authentication != null) {
			return authentication.getUserId();
		}
		return task.getAssignee() != null ? task.getAssignee() : "система";
	}

	/** An id the process itself holds (not a form field): {@code programmeId}, {@code participantId}… */
	public Long id(ProcessVariable<Long> variable) {
		return variable.from(task);
	}
}
