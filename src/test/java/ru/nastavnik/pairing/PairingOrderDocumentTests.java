package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.pairing.PairingOrderContent.EndedPair;
import ru.nastavnik.pairing.PairingOrderContent.Group;
import ru.nastavnik.pairing.PairingOrderContent.ReportingItem;

/** The director's order on pairs, printed and read back with PDFBox as the school would. */
class PairingOrderDocumentTests {

	private static final String SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 3 "
			+ "г. Лысково»";

	private static final String ADDRESS = "606210, Нижегородская обл., г. Лысково, ул. Ленина, д. 1";

	private static final String PROGRAMME = "Программа наставничества на 2026/2027 учебный год";

	private static final String CURATOR = "Петрова Анна Сергеевна";

	private static final String DIRECTOR = "Смирнова Ольга Викторовна";

	private static final LocalDate FIRST_OF_SEPTEMBER = LocalDate.of(2026, 9, 1);

	private static final LocalDate END_OF_MAY = LocalDate.of(2027, 5, 31);

	private static final List<ReportingItem> REPORTING = List.of(
			new ReportingItem("Отчёт куратора о работе наставнических пар (групп)", "до 30 ноября 2026 г."),
			new ReportingItem("Промежуточный мониторинг программы наставничества", "до 31 января 2027 г."),
			new ReportingItem("Итоговый отчёт и мониторинг программы наставничества", "до 31 мая 2027 г."));

	private static final List<Group> GROUPS = List.of(
			group("Иванова Мария Петровна", "учитель математики, высшая квалификационная категория",
					"Учитель — учитель", "Соколова Дарья Андреевна"),
			group("Кузнецов Андрей Николаевич", "учитель физики", "Учитель — ученик", "Морозов Артём Игоревич",
					"Волкова Софья Дмитриевна", "Лебедев Кирилл Олегович"),
			group("Новикова Елена Викторовна", "педагог-психолог", "Учитель — ученик", "Фёдорова Алиса Романовна"),
			group("Орлов Максим Сергеевич", "обучающийся 10 «А» класса", "Ученик — ученик", "Павлов Тимофей Ильич",
					"Семенова Вероника Павловна"),
			group("Зайцева Татьяна Геннадьевна", "учитель русского языка и литературы", "Учитель — учитель",
					"Белова Ксения Александровна"),
			group("Ковалёв Дмитрий Александрович", "инженер-технолог АО «Лысковский электротехнический завод»",
					"Работодатель — ученик", "Егоров Никита Васильевич", "Романов Глеб Денисович"));

	private final PairingOrderDocument orders = new PairingOrderDocument();

	private static Group group(String mentor, String description, String form, String... mentees) {
		return new Group(mentor, description, form, FIRST_OF_SEPTEMBER, END_OF_MAY, List.of(mentees));
	}

	private static PairingOrderContent pairing(boolean draft, List<Group> groups) {
		return new PairingOrderContent(PairingOrderKind.PAIRING, SCHOOL, ADDRESS, "г. Лысково", "15-Н",
				FIRST_OF_SEPTEMBER, 2, draft, PROGRAMME, CURATOR, DIRECTOR, "Директор", null, null, groups, List.of(),
				REPORTING);
	}

	private PrintedPdf print(PairingOrderContent content) throws Exception {
		PrintedPdf pdf = PrintedPdf.read(orders.render(content));
		assertThat(pdf.fonts()).isNotEmpty().doesNotContainValue(false);
		assertThat(pdf.fonts().keySet()).allMatch(name -> name.contains("DejaVuSans"));
		assertThat(pdf.creator()).isEqualTo("Наставник");
		return pdf;
	}

	private static List<String> names(List<Group> groups) {
		return groups.stream().flatMap(group -> Stream.concat(Stream.of(group.mentorName()), group.mentees().stream()))
			.toList();
	}

	@Test
	void shouldPrintTheOrderFixingThePairsWithItsAppendix() throws Exception {
		PrintedPdf pdf = print(pairing(false, GROUPS));

		assertThat(pdf.title()).isEqualTo("Приказ № 15-Н от 01.09.2026 «О закреплении наставнических пар (групп)»");
		assertThat(pdf.pages()).isEqualTo(2);
		assertThat(pdf.text()).contains(SCHOOL + " " + ADDRESS + " ПРИКАЗ № 15-Н от «01» сентября 2026 г. г. Лысково "
				+ "О закреплении наставнических пар (групп) В соответствии с",

				"распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении "
						+ "методологии (целевой модели) наставничества обучающихся",
				"Положением о наставничестве и дорожной картой программы наставничества, в целях реализации программы "
						+ "наставничества «" + PROGRAMME + "», ПРИКАЗЫВАЮ:",
				"1. Закрепить наставнические пары (группы) согласно приложению к настоящему приказу.",
				"2. Установить срок работы наставнических пар (групп) с 01.09.2026 по 31.05.2027.",
				"3. Возложить ответственность за реализацию программы наставничества, организационное и методическое "
						+ "сопровождение наставнических пар (групп) на куратора программы наставничества (" + CURATOR
						+ ").",
				"4. Установить следующий порядок отчётности по программе наставничества: "
						+ "4.1. Отчёт куратора о работе наставнических пар (групп) — до 30 ноября 2026 г. "
						+ "4.2. Промежуточный мониторинг программы наставничества — до 31 января 2027 г. "
						+ "4.3. Итоговый отчёт и мониторинг программы наставничества — до 31 мая 2027 г.",
				"5. Контроль за исполнением настоящего приказа оставляю за собой.", "Директор " + DIRECTOR,
				"С приказом ознакомлен(а):",
				"Куратор программы наставничества " + CURATOR + " подпись расшифровка подписи дата",
				"Приложение к приказу № 15-Н от 01.09.2026 Состав наставнических пар (групп)",
				"№ Наставник Наставляемые Форма наставничества Срок Пара / группа",
				"1 Иванова Мария Петровна, учитель математики, высшая квалификационная категория Соколова Дарья "
						+ "Андреевна Учитель — учитель 01.09.2026 – 31.05.2027 пара",
				"2 Кузнецов Андрей Николаевич, учитель физики Морозов Артём Игоревич, Волкова Софья Дмитриевна, "
						+ "Лебедев Кирилл Олегович Учитель — ученик 01.09.2026 – 31.05.2027 группа (3 чел.)",
				"Работодатель — ученик");
		assertThat(pdf.text()).contains(names(GROUPS));
		assertThat(pdf.text()).doesNotContain("проект", "Прекратить", "изменени");
	}

	@Test
	void shouldMarkOnlyADraftAsAProjectOnEveryPage() throws Exception {
		PrintedPdf draft = print(pairing(true, GROUPS));

		assertThat(draft.text().split("проект, версия 2", -1)).hasSize(draft.pages() + 1);
		assertThat(print(pairing(false, GROUPS)).text()).doesNotContain("проект", "версия");
	}

	@Test
	void shouldEndPairsEarlyAndFixNewOnesInAnAmendingOrder() throws Exception {
		Group replacement = new Group("Зайцева Татьяна Геннадьевна", "учитель русского языка и литературы",
				"Учитель — ученик", LocalDate.of(2027, 1, 20), END_OF_MAY, List.of("Лебедев Кирилл Олегович"));
		PairingOrderContent amending = new PairingOrderContent(PairingOrderKind.AMENDING, SCHOOL, null, null, "42-Н",
				LocalDate.of(2027, 1, 18), 1, false, PROGRAMME, CURATOR, "Крылова Наталья Ивановна", "Заведующий",
				"15-Н", FIRST_OF_SEPTEMBER, List.of(replacement),
				List.of(new EndedPair("Кузнецов Андрей Николаевич", "Лебедев Кирилл Олегович",
						LocalDate.of(2027, 1, 19), "несовместимость участников по заключению педагога-психолога"),
						new EndedPair("Орлов Максим Сергеевич", "Павлов Тимофей Ильич", LocalDate.of(2027, 1, 15),
								"перевод обучающегося в другую образовательную организацию")),
				List.of());

		PrintedPdf pdf = print(amending);

		assertThat(pdf.title()).isEqualTo(
				"Приказ № 42-Н от 18.01.2027 «О внесении изменений в состав наставнических пар (групп)»");
		assertThat(pdf.text()).contains(SCHOOL + " ПРИКАЗ № 42-Н от «18» января 2027 г. О внесении изменений",
				"в связи с изменением состава наставнических пар (групп), закреплённых приказом от 01.09.2026 № 15-Н, "
						+ "ПРИКАЗЫВАЮ:",
				"1. Прекратить досрочно работу наставнических пар: "
						+ "1.1. наставник Кузнецов Андрей Николаевич, наставляемый Лебедев Кирилл Олегович — с "
						+ "19.01.2027; причина: несовместимость участников по заключению педагога-",
				"психолога. 1.2. наставник Орлов Максим Сергеевич, наставляемый Павлов Тимофей Ильич — с 15.01.2027; "
						+ "причина: перевод обучающегося в другую образовательную организацию.",
				"2. Закрепить новые наставнические пары (группы) согласно приложению к настоящему приказу.",
				"3. Установить срок работы наставнических пар (групп) с 20.01.2027 по 31.05.2027.",
				"4. Возложить ответственность", "5. Контроль за исполнением",
				"Заведующий Крылова Наталья Ивановна",
				"Приложение к приказу № 42-Н от 18.01.2027",
				"1 Зайцева Татьяна Геннадьевна, учитель русского языка и литературы Лебедев Кирилл Олегович Учитель — "
						+ "ученик 20.01.2027 – 31.05.2027 пара");
		assertThat(pdf.text()).doesNotContain("порядок отчётности", "Директор");
	}

	@Test
	void shouldBreakTheAppendixOfAHundredAndTwentyGroupsAcrossPages() throws Exception {
		String[] surnames = { "Алексеев", "Борисов", "Васильев", "Григорьев", "Дмитриев", "Ефимов", "Жуков", "Зуев",
				"Ильин", "Калинин", "Лаптев", "Макаров", "Никитин", "Осипов", "Пахомов" };
		String[] firstNames = { "Александр", "Богдан", "Владимир", "Георгий", "Даниил", "Евгений", "Захар", "Игорь",
				"Константин", "Леонид" };
		String[] patronymics = { "Андреевич", "Борисович", "Викторович", "Геннадьевич", "Денисович", "Егорович" };
		List<String> people = new ArrayList<>();
		for (int i = 0; people.size() < 480; i++) {
			people.add(surnames[i % surnames.length] + " " + firstNames[i / surnames.length % firstNames.length] + " "
					+ patronymics[i / (surnames.length * firstNames.length)]);
		}
		List<Group> groups = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < 120; i++) {
			int size = 1 + i % 3;
			groups.add(new Group(people.get(next), "учитель", i % 2 == 0 ? "Учитель — ученик" : "Ученик — ученик",
					FIRST_OF_SEPTEMBER, END_OF_MAY, people.subList(next + 1, next + 1 + size)));
			next += 1 + size;
		}

		PrintedPdf pdf = print(pairing(false, groups));

		assertThat(pdf.pages()).isGreaterThanOrEqualTo(5);
		assertThat(pdf.text()).contains(names(groups));
		assertThat(pdf.text()).contains("120 " + groups.get(119).mentorName());
		assertThat(pdf.text().split("№ Наставник Наставляемые Форма наставничества Срок Пара / группа", -1))
			.hasSize(pdf.pages());
	}

	@Test
	void shouldRefuseAnOrderThatContradictsItsKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PairingOrderContent(PairingOrderKind.AMENDING,
				SCHOOL, ADDRESS, null, "42-Н", FIRST_OF_SEPTEMBER, 1, true, PROGRAMME, CURATOR, DIRECTOR, "Директор",
				null, null, GROUPS, List.of(), REPORTING));
		assertThatIllegalArgumentException().isThrownBy(() -> new PairingOrderContent(PairingOrderKind.PAIRING,
				SCHOOL, ADDRESS, null, "15-Н", FIRST_OF_SEPTEMBER, 1, true, PROGRAMME, CURATOR, DIRECTOR, "Директор",
				null, null, GROUPS, List.of(new EndedPair("Иванова Мария Петровна", "Соколова Дарья Андреевна",
						FIRST_OF_SEPTEMBER, "болезнь")), REPORTING));
		assertThatIllegalArgumentException().isThrownBy(() -> group("Иванова Мария Петровна", null,
				"Учитель — учитель"));
	}

	@Test
	void shouldPictureTheFirstPageForTheDocs() throws Exception {
		byte[] bytes = orders.render(pairing(true, GROUPS));

		PrintedPdf.picture(bytes, 0, Path.of("docs", "pairing-order.png"));
		PrintedPdf.picture(bytes, 1, Path.of("target", "pairing-order-appendix.png"));

		assertThat(Path.of("docs", "pairing-order.png")).isNotEmptyFile();
	}
}
