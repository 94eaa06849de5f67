package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.document.XlsxDocument;

/**
 * The «Дорожная карта» document of a programme in the seed's columns — Мероприятие / Сроки / Ответственные — as XLSX
 * (Apache POI) and as a landscape {@link PdfDocument}. This is what Stage I publishes.
 */
@Component
class RoadmapDocument {

	static final List<String> COLUMNS = List.of("Мероприятие", "Сроки", "Ответственные");

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	record Line(String activity, String term, String responsible) {
	}

	static String title(Programme programme) {
		return "Дорожная карта реализации программы наставничества в " + programme.getOrganisation().getName()
				+ " на " + programme.getAcademicYear() + " учебный год";
	}

	static List<Line> lines(List<PlanStep> plan) {
		return plan.stream().map(step -> new Line(step.getTitle(), month(step.getDueOn()), step.responsibleTitles()))
			.toList();
	}

	/** «Июнь 2026», as the seed writes its terms. */
	static String month(LocalDate day) {
		String name = day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + day.getYear();
	}

	byte[] xlsx(Programme programme, List<PlanStep> plan) {
		return XlsxDocument.create()
			.sheet("Дорожная карта", title(programme), COLUMNS, new int[] { 70, 18, 40 },
					lines(plan).stream().map(line -> List.<Object>of(line.activity(), line.term(), line.responsible()))
						.toList())
			.toBytes();
	}

	byte[] pdf(Programme programme, List<PlanStep> plan) {
		return PdfDocument.landscape(title(programme))
			.heading(title(programme))
			.table(new float[] { 60, 15, 25 }, COLUMNS,
					lines(plan).stream().map(line -> List.of(line.activity(), line.term(), line.responsible())).toList())
			.toBytes();
	}
}
