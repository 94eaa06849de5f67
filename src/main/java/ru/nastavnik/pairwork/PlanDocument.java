package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.time.RussianDates;

/**
 * The pair's individual plan (for teachers, the personalised programme of mentoring) as the A4 document both sides
 * sign: the organisation, the heading with the version and its date, the pair, the schedule of meetings, the goals
 * with their tasks in a table, and the signatures — a minor's by the legal representative — and the curator's.
 */
@Component
class PlanDocument {

	private static final List<String> COLUMNS = List.of("Цель", "Задача", "Ожидаемый результат", "Срок");

	private static final float[] WIDTHS = { 27, 29, 29, 15 };

	/** What the document says: the plan's version with its goals read, and the pair's people as the page names them. */
	record Content(String organisationName, boolean teachers, ZoneId zone,
			MeetingLog.PairView pair, IndividualPlan plan, boolean mentorMinor, boolean menteeMinor,
			String menteeRepresentative) {
	}

	byte[] render(Content content) {
		IndividualPlan plan = content.plan();
		String title = content.teachers() ? "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА" : "ИНДИВИДУАЛЬНЫЙ ПЛАН";
		LocalDate drafted = LocalDate.ofInstant(plan.getDraftedAt(), content.zone());
		PdfDocument pdf = PdfDocument.portrait((content.teachers() ? "Персонализированная программа наставничества"
				: "Индивидуальный план") + ", пара № " + content.pair().id() + ", версия " + plan.getVersion());
		pdf.runningHeader("пара № " + content.pair().id() + ", версия " + plan.getVersion())
			.letterhead(content.organisationName(), null)
			.heading(title)
			.subtitle("версия " + plan.getVersion() + " от " + RussianDates.format(drafted))
			.field("Наставник", content.pair().mentor())
			.field("Наставляемый", content.pair().mentee())
			.field("Форма наставничества", content.pair().form())
			.field("Направление", plan.getDirection())
			.field("График встреч", schedule(plan))
			.section("Цели и задачи")
			.table(WIDTHS, COLUMNS, rows(plan))
			.paragraph("С планом ознакомлены и согласны:")
			.signature(content.mentorMinor() ? "Законный представитель наставника" : "Наставник",
					content.mentorMinor() ? null : content.pair().mentor())
			.signature(content.menteeMinor() ? "Законный представитель наставляемого" : "Наставляемый",
					content.menteeMinor() ? content.menteeRepresentative() : content.pair().mentee())
			.signature("Куратор программы наставничества", null);
		return pdf.toBytes();
	}

	/** «еженедельно, допустимая задержка 3 дн., с 12.10.2026». */
	static String schedule(IndividualPlan plan) {
		return plan.getCadence().title() + ", допустимая задержка " + plan.getToleranceDays() + " дн., с "
				+ RussianDates.format(plan.getStartsOn());
	}

	private static List<List<String>> rows(IndividualPlan plan) {
		List<List<String>> rows = new ArrayList<>();
		List<PlanGoal> goals = plan.getGoals();
		for (int g = 0; g < goals.size(); g++) {
			PlanGoal goal = goals.get(g);
			List<PlanTask> tasks = goal.getTasks();
			for (int t = 0; t < tasks.size(); t++) {
				PlanTask task = tasks.get(t);
				rows.add(List.of(t == 0 ? (g + 1) + ". " + goal.getTitle() : "", (g + 1) + "." + (t + 1) + ". "
						+ task.getTitle(), task.getExpectedResult(), RussianDates.format(task.getDueOn())));
			}
		}
		return rows;
	}
}
