package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.pairing.PairingOrderContent.EndedPair;
import ru.nastavnik.pairing.PairingOrderContent.Group;
import ru.nastavnik.time.RussianDates;

/**
 * The director's order on pairs as the A4 document the director signs: the organisation, «ПРИКАЗ» with its number and
 * date, the preamble, the numbered points, the signature and the curator's acknowledgement, then the appendix with the
 * pairs and groups in a table that runs over as many pages as it needs. A draft says «проект, версия N» on every page.
 */
@Component
class PairingOrderDocument {

	private static final String PREAMBLE = "В соответствии с распоряжением Министерства просвещения Российской "
			+ "Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся "
			+ "для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным "
			+ "общеобразовательным и программам среднего профессионального образования, в том числе с применением "
			+ "лучших практик обмена опытом между обучающимися», Положением о наставничестве и дорожной картой "
			+ "программы наставничества";

	private static final List<String> COLUMNS = List.of("№", "Наставник", "Наставляемые", "Форма наставничества",
			"Срок", "Пара / группа");

	private static final float[] WIDTHS = { 6, 24, 21, 21, 16, 12 };

	private static final String CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой.";

	public byte[] render(PairingOrderContent content) {
		String reference = "№ " + content.number() + " от " + RussianDates.format(content.date());
		PdfDocument pdf = PdfDocument.portrait("Приказ " + reference + " «" + content.kind().title() + "»");
		if (content.draft()) {
			pdf.runningHeader("проект, версия " + content.version());
		}
		pdf.letterhead(content.organisationName(), content.organisationAddress())
			.heading("ПРИКАЗ")
			.subtitle("№ " + content.number() + " от " + RussianDates.formatInWords(content.date())
					+ (content.locality() == null ? "" : "\n" + content.locality()))
			.subheading(content.kind().title())
			.paragraph(preamble(content))
			.section("ПРИКАЗЫВАЮ:");
		points(pdf, content);
		pdf.signatory(content.directorPosition(), content.directorName())
			.paragraph("С приказом ознакомлен(а):")
			.signature("Куратор программы наставничества", content.curatorName());
		if (!content.groups().isEmpty()) {
			pdf.newPage()
				.aside("Приложение\nк приказу " + reference)
				.subheading("Состав наставнических пар (групп)")
				.table(WIDTHS, COLUMNS, rows(content.groups()));
		}
		return pdf.toBytes();
	}

	private static String preamble(PairingOrderContent content) {
		String amended = content.amendedNumber() == null ? ""
				: ", в связи с изменением состава наставнических пар (групп), закреплённых приказом от "
						+ RussianDates.format(content.amendedDate()) + " № " + content.amendedNumber();
		return PREAMBLE + ", в целях реализации программы наставничества «" + content.programmeTitle() + "»"
				+ amended + ",";
	}

	private static void points(PdfDocument pdf, PairingOrderContent content) {
		if (!content.endedPairs().isEmpty()) {
			pdf.point("Прекратить досрочно работу наставнических пар:")
				.subpoints(content.endedPairs().stream().map(PairingOrderDocument::ended).toList());
		}
		List<Group> groups = content.groups();
		if (!groups.isEmpty()) {
			pdf.point(content.kind() == PairingOrderKind.AMENDING
					? "Закрепить новые наставнические пары (группы) согласно приложению к настоящему приказу."
					: "Закрепить наставнические пары (группы) согласно приложению к настоящему приказу.")
				.point("Установить срок работы наставнических пар (групп) " + term(groups) + ".");
		}
		pdf.point("Возложить ответственность за реализацию программы наставничества, организационное и методическое "
				+ "сопровождение наставнических пар (групп) на куратора программы наставничества ("
				+ content.curatorName() + ").");
		if (!content.reportingSchedule().isEmpty()) {
			pdf.point("Установить следующий порядок отчётности по программе наставничества:")
				.subpoints(content.reportingSchedule()
					.stream()
					.map(item -> sentence(item.what() + " — " + item.when()))
					.toList());
		}
		pdf.point(CONTROL);
	}

	private static String ended(EndedPair pair) {
		return sentence("наставник " + pair.mentorName() + ", наставляемый " + pair.menteeName() + " — с "
				+ RussianDates.format(pair.endedOn()) + "; причина: " + pair.reason());
	}

	/** The text with a full stop, unless it ends with one, as «до 30 ноября 2026 г.» does. */
	private static String sentence(String text) {
		return text.endsWith(".") ? text : text + ".";
	}

	/** One term for all, or the span of the terms when they differ. */
	private static String term(List<Group> groups) {
		LocalDate from = groups.stream().map(Group::from).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = groups.stream().map(Group::to).max(Comparator.naturalOrder()).orElseThrow();
		boolean same = groups.stream().allMatch(group -> group.from().equals(from) && group.to().equals(to));
		return (same ? "" : "в пределах сроков, указанных в приложении: ") + "с " + RussianDates.format(from) + " по "
				+ RussianDates.format(to);
	}

	private static List<List<String>> rows(List<Group> groups) {
		List<List<String>> rows = new ArrayList<>();
		for (Group group : groups) {
			rows.add(List.of(Integer.toString(rows.size() + 1),
					group.mentorDescription() == null ? group.mentorName()
							: group.mentorName() + ",\n" + group.mentorDescription(),
					String.join(",\n", group.mentees()), group.formTitle(),
					RussianDates.format(group.from()) + " –\n" + RussianDates.format(group.to()),
					group.pair() ? "пара" : "группа (" + group.mentees().size() + "\u00a0чел.)"));
		}
		return rows;
	}
}
