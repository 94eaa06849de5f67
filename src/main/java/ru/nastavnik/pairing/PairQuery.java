package ru.nastavnik.pairing;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a person asked the table of pairs for: which pairs (form, mentor, state, a range of scores, words to find), in
 * which order and which page. It travels in the page's address, so a link or a bookmark shows the same table, and a
 * change made from the page comes back to it.
 *
 * @param form a form of mentoring's code ({@code TEACHER_PUPIL}), or {@code null} for every form
 * @param mentor a mentor's participant number, or {@code null}
 * @param text words of a name, a number or an explanation, or {@code null}
 * @param scoreFrom the lowest score shown, or {@code null}
 * @param scoreTo the highest score shown, or {@code null}
 * @param state one of {@link #STATES}, or {@code null} for every pair
 * @param sort one of {@link #COLUMNS}
 * @param descending whether the order is reversed
 * @param page the page, from 0
 */
record PairQuery(String form, Long mentor, String text, Integer scoreFrom, Integer scoreTo, String state, String sort,
		boolean descending, int page) {

	/** The columns a table of pairs sorts by, as the address names them. */
	static final List<String> COLUMNS = List.of("number", "mentee", "mentor", "form", "score", "state");

	/** The states a person picks from: the address's word and its title. */
	static final Map<String, String> STATES = states();

	static final PairQuery ALL = new PairQuery(null, null, null, null, null, null, "number", false, 0);

	private static final int MAX_TEXT = 100;

	private static Map<String, String> states() {
		Map<String, String> states = new LinkedHashMap<>();
		states.put("proposed", "предложенные");
		states.put("flagged", "ждут педагога-психолога");
		states.put("active", "действующие");
		return states;
	}

	/** A query read from the address, and what in it could not be read, each with its reason by the field's name. */
	record Parsed(PairQuery query, Map<String, String> errors) {
	}

	/**
	 * Reads the table's parameters. A value that cannot be read is left out of the query and named in the errors; an
	 * unknown order or page falls back to the first.
	 */
	static Parsed parse(Map<String, String> parameters) {
		Map<String, String> errors = new LinkedHashMap<>();
		String form = blankToNull(parameters.get("form"));
		Long mentor = null;
		String mentorText = blankToNull(parameters.get("mentor"));
		if (mentorText != null) {
			try {
				mentor = Long.valueOf(mentorText);
			}
			catch (NumberFormatException e) {
				errors.put("mentor", "Выберите наставника из списка");
			}
		}
		String text = blankToNull(parameters.get("q"));
		if (text != null && text.length() > MAX_TEXT) {
			errors.put("q", "Искомый текст — не длиннее " + MAX_TEXT + " символов");
			text = null;
		}
		Integer scoreFrom = score(parameters.get("scoreFrom"), "scoreFrom", errors);
		Integer scoreTo = score(parameters.get("scoreTo"), "scoreTo", errors);
		if (scoreFrom != null && scoreTo != null && scoreFrom > scoreTo) {
			errors.put("scoreTo", "Оценка «до» не может быть меньше оценки «от» (" + scoreFrom + ")");
			scoreTo = null;
		}
		String state = blankToNull(parameters.get("state"));
		if (state != null && !STATES.containsKey(state)) {
			errors.put("state", "Выберите состояние пары из списка");
			state = null;
		}
		String column = parameters.getOrDefault("sort", "number");
		String sort = column != null && COLUMNS.contains(column) ? column : "number";
		boolean descending = "desc".equals(parameters.get("dir"));
		int page;
		try {
			page = Math.max(0, Integer.parseInt(parameters.getOrDefault("page", "0")));
		}
		catch (NumberFormatException e) {
			page = 0;
		}
		return new Parsed(new PairQuery(form, mentor, text, scoreFrom, scoreTo, state, sort, descending, page),
				errors);
	}

	private static Integer score(String value, String field, Map<String, String> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		int score;
		try {
			score = Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			score = -1;
		}
		if (score < 0) {
			errors.put(field, "Оценка — целое число баллов не меньше 0, например 40");
			return null;
		}
		return score;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Whether the query leaves any pair out. */
	public boolean filtered() {
		return form != null || mentor != null || text != null || scoreFrom != null || scoreTo != null || state != null;
	}

	/** The pairs the query keeps, in its order. */
	List<Proposal.PairView> select(List<Proposal.PairView> pairs) {
		String words = text == null ? null : normalised(text);
		return pairs.stream()
			.filter(pair -> form == null || form.equals(pair.form()))
			.filter(pair -> mentor == null || mentor.equals(pair.mentor().id()))
			.filter(pair -> scoreFrom == null || pair.score() >= scoreFrom)
			.filter(pair -> scoreTo == null || pair.score() <= scoreTo)
			.filter(pair -> state == null || state.equals(stateOf(pair)))
			.filter(pair -> words == null || mentions(pair, words))
			.sorted(order())
			.toList();
	}

	private static String stateOf(Proposal.PairView pair) {
		if (pair.status() == PairStatus.ACTIVE) {
			return "active";
		}
		return pair.flagged() ? "flagged" : "proposed";
	}

	private static boolean mentions(Proposal.PairView pair, String words) {
		String number = words.startsWith("№") ? words.substring(1).strip() : words;
		if (number.equals(String.valueOf(pair.id())) || number.equals(String.valueOf(pair.mentee().id()))
				|| number.equals(String.valueOf(pair.mentor().id()))) {
			return true;
		}
		return normalised(pair.mentee().name() + " " + pair.mentor().name() + " " + pair.formTitle() + " "
				+ (pair.explanation() == null ? "" : pair.explanation())).contains(words);
	}

	/** Lower case, «ё» read as «е»: «Семёнова» is found by «семенова». */
	private static String normalised(String text) {
		return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	private Comparator<Proposal.PairView> order() {
		Collator russian = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
		Function<Function<Proposal.PairView, String>, Comparator<Proposal.PairView>> byText = key -> Comparator
			.comparing(key, russian);
		Comparator<Proposal.PairView> column = switch (sort) {
			case "mentee" -> byText.apply(pair -> pair.mentee().name());
			case "mentor" -> byText.apply(pair -> pair.mentor().name());
			case "form" -> byText.apply(Proposal.PairView::formTitle);
			case "score" -> Comparator.comparingInt(Proposal.PairView::score);
			case "state" -> Comparator.comparing(PairQuery::stateOf);
			default -> Comparator.comparing(Proposal.PairView::id);
		};
		Comparator<Proposal.PairView> ordered = descending ? column.reversed() : column;
		return ordered.thenComparing(Proposal.PairView::id);
	}

	/** The address's query of the same table sorted by the column: the other way round if it is sorted by it now. */
	public String sortedBy(String column) {
		boolean reverse = column.equals(sort) && !descending;
		return new PairQuery(form, mentor, text, scoreFrom, scoreTo, state, column, reverse, 0).asQuery();
	}

	/** How the column is sorted, for {@code aria-sort}: {@code ascending}, {@code descending} or {@code none}. */
	public String ariaSort(String column) {
		if (!column.equals(sort)) {
			return "none";
		}
		return descending ? "descending" : "ascending";
	}

	/** The address's query of another page of the same table. */
	public String atPage(int number) {
		return new PairQuery(form, mentor, text, scoreFrom, scoreTo, state, sort, descending, number).asQuery();
	}

	/** The address's query of this very table, with its leading «?», or an empty text for the plain table. */
	public String asQuery() {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		add(query, "form", form);
		add(query, "mentor", mentor);
		add(query, "q", text);
		add(query, "scoreFrom", scoreFrom);
		add(query, "scoreTo", scoreTo);
		add(query, "state", state);
		if (!"number".equals(sort)) {
			query.queryParam("sort", sort);
		}
		if (descending) {
			query.queryParam("dir", "desc");
		}
		if (page > 0) {
			query.queryParam("page", page);
		}
		return query.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder query, String name, Object value) {
		if (value != null) {
			query.queryParam(name, value);
		}
	}
}
