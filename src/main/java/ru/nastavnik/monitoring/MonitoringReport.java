package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.document.BarChart;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.document.XlsxDocument;
import ru.nastavnik.feedback.Figures;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.time.RussianDates;

/**
 * «Отчёт о результатах мониторинга программы наставничества» from the programme's own data: the participants' growth
 * between the two evaluations (per kind of growth, per set of parameters, per form of mentoring), the participants'
 * satisfaction with the programme from the questionnaire of step 27. As a PDF with charts drawn by JFreeChart, and as an XLSX with the same
 * figures and native Excel charts a school can edit. No person is named.
 */
@Service
public class MonitoringReport {

	static final String TITLE = "Отчёт о результатах мониторинга программы наставничества";

	private static final int CHART_WIDTH = 900;

	private static final int CHART_HEIGHT = 420;

	/** The XLSX's columns of a comparison: the figures a school edits, the chart reads the means. */
	private static final List<String> COLUMNS = List.of("Показатель", "Оценены дважды", "В начале", "В конце",
			"Изменение", "p", "Вывод");

	private static final int[] WIDTHS = { 60, 16, 12, 12, 12, 10, 34 };

	private final ProgrammeGrowth growth;

	private final ProgrammeSatisfaction satisfaction;

	private final ProgrammeQuality quality;

	private final Clock clock;

	MonitoringReport(ProgrammeGrowth growth, ProgrammeSatisfaction satisfaction, ProgrammeQuality quality,
			Clock clock) {
		this.growth = growth;
		this.satisfaction = satisfaction;
		this.quality = quality;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public byte[] pdf(Programme programme) {
		ProgrammeGrowth.Growth found = growth.of(programme);
		PdfDocument pdf = PdfDocument.portrait(TITLE).runningHeader(programme.getOrganisation().getName())
			.heading(TITLE)
			.subtitle(programme.getOrganisation().getName() + ", " + programme.getAcademicYear() + " учебный год")
			.aside("Сформирован " + RussianDates.format(LocalDate.now(clock.withZone(programme.getZone()))));
		pdf.section("1. Участники мониторинга")
			.paragraph("Оценены в начале и в конце года: " + found.compared() + "; ждут второй оценки: "
					+ found.awaiting() + "; выбыли из программы и не сравниваются: " + found.left() + ".")
			.paragraph("Изменение считается больше случайного, если это подтверждает критерий знаковых рангов "
					+ "Уилкоксона для парных оценок (уровень значимости 5 %); если изменившихся оценок меньше "
					+ Comparison.LEAST_CHANGED + ", вывод не делается.");
		pdf.section("2. Рост участников по видам роста")
			.table(new float[] { 3.6f, 2.6f, 2.1f, 2.1f, 2.6f, 4.6f }, List.of("Вид роста", "Участников", "В начале", "В конце",
					"Изменение", "Вывод"), found.dimensions().stream()
				.map(change -> row(change.dimension().title(), change.comparison())).toList());
		pdf.picture(BarChart.titled("Средняя оценка в начале и в конце года", "оценка")
			.series("в начале", means(found.dimensions(), true)).series("в конце", means(found.dimensions(), false))
			.png(CHART_WIDTH, CHART_HEIGHT), "Рисунок 1. Средняя оценка по видам роста в начале и в конце года");
		int section = 3;
		int figure = 2;
		for (ProgrammeGrowth.SetGrowth set : found.sets()) {
			pdf.section(section++ + ". " + set.title())
				.paragraph("Оценены дважды: " + set.compared() + "; ждут второй оценки: " + set.awaiting()
						+ "; выбыли: " + set.left() + ".")
				.table(new float[] { 5.4f, 2.1f, 2.1f, 2.6f, 4.6f }, List.of("Параметр", "В начале", "В конце", "Изменение", "Вывод"),
						set.whole().parameters().stream()
							.map(parameter -> shortRow(parameter.title(), parameter.comparison())).toList());
			if (!set.byForm().isEmpty()) {
				Map<String, Double> byForm = new LinkedHashMap<>();
				// a hidden group's change is not drawn either
				set.byForm().forEach(group -> byForm.put(group.title(), meanChange(group)));
				pdf.picture(BarChart.titled("Рост по формам наставничества: " + set.title(), "изменение средней оценки")
					.series("изменение", byForm).png(CHART_WIDTH, CHART_HEIGHT),
						"Рисунок " + figure++ + ". Среднее изменение оценок по формам наставничества — " + set.title());
			}
		}
		ProgrammeSatisfaction.Satisfaction satisfied = satisfaction.of(programme);
		pdf.section(section + ". Удовлетворённость участием в программе")
			.paragraph(satisfied.summary());
		if (!satisfied.means().isEmpty()) {
			pdf.table(new float[] { 7f, 2.4f, 2.4f }, List.of("Вопрос анкеты", "Наставляемые", "Наставники"),
					satisfied.means().stream().map(row -> List.of(row.question(), row.mentees(), row.mentors()))
						.toList());
		}
		if (satisfied.drawn()) {
			BarChart chart = BarChart.titled("«Насколько эффективной была для вас программа?» (1 — низшая оценка, "
					+ "10 — высшая)", "ответов");
			satisfied.distribution().forEach(chart::series);
			pdf.picture(chart.png(CHART_WIDTH, CHART_HEIGHT), "Рисунок " + figure + ". Распределение оценок "
					+ "эффективности программы по ролям");
		}
		ProgrammeQuality.View shown = quality.view(programme);
		pdf.section(section + 1 + ". Качество реализации программы").paragraph(shown.heading()).items(shown.figures());
		shown.review().ifPresent(review -> {
			pdf.subheading("SWOT-анализ")
				.table(new float[] { 3f, 9f }, List.of("Часть анализа", "Выводы рабочей группы"), review.swot().parts()
					.stream()
					.map(part -> List.of(part.title(), part.text())).toList())
				.subheading("Анкета куратора (от 1 до 5)")
				.table(new float[] { 9f, 3f }, List.of("Критерий", "Оценка"), shown.scores().stream()
					.map(scored -> List.of(scored.criterion().question(), scored.shown())).toList());
			if (review.getRecommendations() != null) {
				pdf.paragraph("Рекомендации по улучшению программы: " + review.getRecommendations());
			}
		});
		return pdf.toBytes();
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(Programme programme) {
		ProgrammeGrowth.Growth found = growth.of(programme);
		XlsxDocument xlsx = XlsxDocument.create();
		String title = TITLE + " — " + programme.getOrganisation().getName() + ", " + programme.getAcademicYear();
		List<List<Object>> dimensions = found.dimensions().stream()
			.map(change -> numbers(change.dimension().title(), change.comparison())).toList();
		xlsx.sheet("Виды роста", title, COLUMNS, WIDTHS, dimensions)
			.barChart("Виды роста", "Средняя оценка в начале и в конце года", dimensions.size(), 0, 2, 3);
		int index = 1;
		for (ProgrammeGrowth.SetGrowth set : found.sets()) {
			String sheet = "Набор " + index++;
			List<List<Object>> rows = new ArrayList<>();
			set.whole().parameters().forEach(parameter -> rows.add(numbers(parameter.title(), parameter.comparison())));
			xlsx.sheet(sheet, set.title() + " (оценены дважды: " + set.compared() + ")", COLUMNS, WIDTHS, rows)
				.barChart(sheet, set.title() + ": в начале и в конце года", rows.size(), 0, 2, 3);
		}
		List<List<Object>> forms = new ArrayList<>();
		for (ProgrammeGrowth.SetGrowth set : found.sets()) {
			set.byForm().forEach(group -> forms.add(java.util.Arrays.asList(set.title() + ": " + group.title(),
					group.compared(), round(meanChange(group)))));
		}
		xlsx.sheet("Формы наставничества", "Среднее изменение оценок по формам наставничества",
				List.of("Набор и форма", "Оценены дважды", "Изменение средней оценки"), new int[] { 50, 16, 24 }, forms)
			.barChart("Формы наставничества", "Рост по формам наставничества", forms.size(), 0, 2);
		ProgrammeSatisfaction.Satisfaction satisfied = satisfaction.of(programme);
		List<List<Object>> means = satisfied.means().stream()
			.map(row -> List.<Object>of(row.question(), row.mentees(), row.mentors())).toList();
		xlsx.sheet("Удовлетворённость", satisfied.summary(), List.of("Вопрос анкеты", "Наставляемые", "Наставники"),
				new int[] { 60, 16, 16 }, means);
		List<List<Object>> distribution = new ArrayList<>();
		List<String> roles = new ArrayList<>(satisfied.distribution().keySet());
		if (satisfied.drawn()) {
			for (int score = 1; score <= 10; score++) {
				List<Object> row = new ArrayList<>();
				row.add(String.valueOf(score));
				for (String role : roles) {
					row.add(satisfied.distribution().get(role).get(String.valueOf(score)));
				}
				distribution.add(row);
			}
		}
		List<String> columns = new ArrayList<>(List.of("Оценка эффективности программы"));
		columns.addAll(roles);
		int[] widths = new int[columns.size()];
		java.util.Arrays.fill(widths, 18);
		widths[0] = 34;
		xlsx.sheet("Эффективность программы", "«Насколько эффективной была для вас программа?»: ответов с каждой "
				+ "оценкой", columns, widths, distribution);
		if (satisfied.drawn()) {
			xlsx.barChart("Эффективность программы", "Распределение оценок эффективности программы",
					distribution.size(), 0, java.util.stream.IntStream.rangeClosed(1, roles.size()).toArray());
		}
		ProgrammeQuality.View shown = quality.view(programme);
		List<List<Object>> qualityRows = new ArrayList<>();
		shown.figures().forEach(line -> qualityRows.add(List.of(line)));
		shown.review().ifPresent(review -> {
			review.swot().parts().forEach(part -> qualityRows.add(List.of(part.title() + ": " + part.text())));
		});
		xlsx.sheet("Качество программы", shown.heading(), List.of("Цифры системы и SWOT-анализ"), new int[] { 110 },
				qualityRows);
		shown.review().ifPresent(review -> {
			List<List<Object>> criteria = shown.scores().stream()
				.map(scored -> java.util.Arrays.<Object>asList(scored.criterion().title(), scored.score())).toList();
			xlsx.sheet("Анкета куратора", "Анкета куратора: оценки от 1 до 5", List.of("Критерий", "Оценка"),
					new int[] { 50, 12 }, criteria)
				.barChart("Анкета куратора", "Качество реализации программы по оценке куратора", criteria.size(), 0, 1);
		});
		return xlsx.toBytes();
	}

	private static List<Object> numbers(String title, Comparison comparison) {
		List<Object> row = new ArrayList<>();
		row.add(title);
		row.add(comparison.pairs());
		row.add(round(comparison.startMean()));
		row.add(round(comparison.endMean()));
		row.add(round(comparison.change()));
		row.add(comparison.pValue() == null ? null : Math.round(comparison.pValue() * 1000) / 1000.0);
		row.add(comparison.verdict().title());
		return row;
	}

	private static List<String> row(String title, Comparison comparison) {
		return List.of(title, String.valueOf(comparison.pairs()), decimal(comparison.startMean()),
				decimal(comparison.endMean()), decimal(comparison.change()), verdict(comparison));
	}

	private static List<String> shortRow(String title, Comparison comparison) {
		return List.of(title, decimal(comparison.startMean()), decimal(comparison.endMean()),
				decimal(comparison.change()), verdict(comparison));
	}

	private static String verdict(Comparison comparison) {
		return comparison.verdict().title() + (comparison.pValue() == null ? ""
				: " (p = " + String.format(Figures.RUSSIAN, "%.3f", comparison.pValue()) + ")");
	}

	private static Map<String, Double> means(List<ProgrammeGrowth.DimensionChange> dimensions, boolean start) {
		Map<String, Double> means = new LinkedHashMap<>();
		dimensions.forEach(change -> {
			// no figure is drawn as a gap, not as a zero on a scale from 1
			means.put(change.dimension().title(), start ? change.comparison().startMean()
					: change.comparison().endMean());
		});
		return means;
	}

	/** A group's change averaged over its parameters that were compared; null when none was (or it is hidden). */
	private static Double meanChange(ProgrammeGrowth.Group group) {
		java.util.OptionalDouble mean = group.parameters().stream().map(parameter -> parameter.comparison().change())
			.filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average();
		return mean.isPresent() ? mean.getAsDouble() : null;
	}

	private static Double round(Double value) {
		return value == null ? null : Math.round(value * 100) / 100.0;
	}

	private static String decimal(Double value) {
		return value == null ? "—" : String.format(Figures.RUSSIAN, "%.2f", value);
	}
}
