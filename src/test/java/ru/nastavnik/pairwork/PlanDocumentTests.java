package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import ru.nastavnik.document.PrintedPdf;

/** The individual plan printed and read back with PDFBox: a pupils' plan and a teachers' personalised programme. */
class PlanDocumentTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final PlanDocument document = new PlanDocument();

	private static IndividualPlan plan() {
		LocalDate start = LocalDate.of(2026, 10, 12);
		PlanDraft draft = new PlanDraft("Подготовка к аттестации", MeetingCadence.BIWEEKLY, 5, start, List.of());
		List<PlanGoal> goals = List.of(
				new PlanGoal(1, "Освоить формирующее оценивание", List.of(
						new PlanTask(1, "Посетить три урока наставника", "Конспекты с разбором", start.plusMonths(1)),
						new PlanTask(2, "Провести открытый урок", "Урок с листом оценивания", start.plusMonths(3)))),
				new PlanGoal(2, "Подготовить портфолио", List.of(
						new PlanTask(1, "Собрать материалы", "Папка портфолио", start.plusMonths(6)))));
		return new IndividualPlan(7L, 1L, 3, draft, goals, "curator-kindergarten",
				Instant.parse("2026-10-12T07:00:00Z"));
	}

	private static MeetingLog.PairView pair() {
		return new MeetingLog.PairView(7L, 1L, "Соколова Анна Игоревна", "Белова Ксения Александровна",
				"педагог – педагог", LocalDate.of(2026, 10, 1), "действует", true, Set.of(1L, 2L));
	}

	@Test
	void shouldPrintATeachersPlanAsThePersonalisedProgrammeWithAllItsTasks() throws Exception {
		PrintedPdf printed = PrintedPdf.read(document.render(new PlanDocument.Content("МБДОУ Детский сад № 5", true,
				MOSCOW, pair(), plan(), false, false, null)));

		assertThat(printed.text()).contains("МБДОУ Детский сад № 5", "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
				"версия 3 от 12.10.2026", "Наставник: Соколова Анна Игоревна",
				"Наставляемый: Белова Ксения Александровна", "Форма наставничества: педагог – педагог",
				"Направление: Подготовка к аттестации",
				"раз в две недели, допустимая задержка 5 дн., с 12.10.2026", "1. Освоить формирующее оценивание",
				"1.2. Провести открытый урок", "2.1. Собрать материалы", "12.04.2027", "Куратор программы наставничества")
			.doesNotContain("ИНДИВИДУАЛЬНЫЙ ПЛАН", "Законный представитель");
		assertThat(printed.title()).isEqualTo("Персонализированная программа наставничества, пара № 7, версия 3");
		assertThat(printed.fonts()).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
	}

	@Test
	void shouldLeaveAMinorsSignatureToTheLegalRepresentative() throws Exception {
		PrintedPdf printed = PrintedPdf.read(document.render(new PlanDocument.Content("МБОУ СШ № 3", false, MOSCOW,
				pair(), plan(), true, true, "Белов Александр Петрович")));

		assertThat(printed.text()).contains("ИНДИВИДУАЛЬНЫЙ ПЛАН", "Законный представитель наставника",
				"Законный представитель наставляемого", "Белов Александр Петрович");
	}
}
