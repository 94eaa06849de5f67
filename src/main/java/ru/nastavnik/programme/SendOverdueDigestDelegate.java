package ru.nastavnik.programme;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.security.Role;

/** «Разослать сводку просроченных шагов»: once a day, the director gets the list of the programme's overdue steps. */
@Component
class SendOverdueDigestDelegate implements JavaDelegate {

	private final Programmes programmes;

	private final ProgrammeProgress progress;

	private final Outbox outbox;

	private final String tasklistUrl;

	SendOverdueDigestDelegate(Programmes programmes, ProgrammeProgress progress, Outbox outbox,
			@Value("${nastavnik.tasklist-url}") String tasklistUrl) {
		this.programmes = programmes;
		this.progress = progress;
		this.outbox = outbox;
		this.tasklistUrl = tasklistUrl;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		Programme programme = programmes.findById(programmeId).orElseThrow();
		List<ProgrammeProgress.OverdueStep> overdue = progress.overdue(programme);
		if (overdue.isEmpty()) {
			return;
		}
		List<Map<String, Object>> steps = overdue.stream()
			.map(step -> Map.<String, Object>of("title", step.title(), "dueOn", RussianDates.format(step.dueOn()),
					"daysOverdue", step.daysOverdue()))
			.toList();
		outbox.postToRoles(programme.getOrganisation().getTenantId(), List.of(Role.DIRECTOR), "overdue-digest",
				Map.of("count", overdue.size(), "organisation", programme.getOrganisation().getName(),
						"academicYear", programme.getAcademicYear(), "steps", steps, "tasklistUrl", tasklistUrl));
	}
}
