package ru.nastavnik.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Рассмотреть предложенные пары (группы)» and «Доработать пары по замечаниям руководителя»: the form shows the
 * proposal with every score explained; the working group removes, swaps and adds pairs, sends pairs to the
 * psychologist, has the pairs matched again, or passes them on to the director's order. A new matching is not run
 * here: the decision «подобрать заново» leads the process back to the matching, which the engine runs as a job after
 * the form has closed.
 */
@Component
class ReviewPairsListener extends StepListener<Programme> {

	private static final Pattern NUMBERS = Pattern.compile("\\s*\\d+(\\s*,\\s*\\d+)*\\s*");

	private static final Pattern LINKS = Pattern.compile("\\s*\\d+\\s*[-–—]\\s*\\d+(\\s*,\\s*\\d+\\s*[-–—]\\s*\\d+)*\\s*");

	private static final List<String> FIELDS = List.of("removePairs", "swapPairs", "addPairs", "flagPairs");

	private final PairingReview review;

	private final MentoringPairs pairs;

	private final PairingOrders orders;

	private final Programmes programmes;

	ReviewPairsListener(Steps steps, OwnProgramme ownProgramme, Programmes programmes, PairingReview review,
			MentoringPairs pairs, PairingOrders orders) {
		super(steps, ownProgramme);
		this.programmes = programmes;
		this.review = review;
		this.pairs = pairs;
		this.orders = orders;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String decision = input.choice(PairingProcess.Field.REVIEW_DECISION, "Решение",
				Set.of("accept", "adjust", "rematch"));
		List<Long> removed = numbers(input, "removePairs", "Исключить пары");
		List<long[]> swapped = links(input, "swapPairs", "Поменять наставников местами");
		List<long[]> added = links(input, "addPairs", "Добавить пары");
		List<Long> flagged = numbers(input, "flagPairs", "Направить педагогу-психологу");
		input.require(!"rematch".equals(decision) || removed.isEmpty() && swapped.isEmpty() && added.isEmpty()
				&& flagged.isEmpty(), "При повторном подборе оставьте поля изменений пустыми: новый подбор заменит "
						+ "все предложенные пары");
		input.rejectIfInvalid();
		String by = input.performer();
		if ("rematch".equals(decision)) {
			// refused now, not in the job: the proposal is frozen while the director holds a draft
			PairProposal.requireOpen(programme.getId(), orders, programmes);
		}
		removed.forEach(pairId -> review.remove(programme, pairId, by));
		swapped.forEach(link -> review.swap(programme, link[0], link[1], by));
		added.forEach(link -> review.add(programme, link[0], link[1], by));
		flagged.forEach(pairId -> review.flag(programme, pairId));
		if ("accept".equals(decision)) {
			boolean proposed = !pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)
				.isEmpty();
			input.require(proposed || !pairs.endedUnrecorded(programme.getId()).isEmpty(),
					"Нет ни одной предложенной пары: подберите пары заново или добавьте их");
			input.require(removed.isEmpty() && swapped.isEmpty() && added.isEmpty(),
					"Изменения пар сначала примените («Применить изменения и посмотреть снова»), затем передайте пары "
							+ "на распоряжение");
			input.rejectIfInvalid();
		}
		FIELDS.forEach(task.getExecution()::removeVariable);
		PairingProcess.Var.REVIEW_DECISION.set(task.getExecution(), decision);
		PairingProcess.Var.REQUESTED_BY.set(task.getExecution(), by);
	}

	private static List<Long> numbers(FormInput input, String field, String label) {
		String text = input.optionalText(field, label, 500);
		List<Long> numbers = new ArrayList<>();
		if (text == null) {
			return numbers;
		}
		input.require(NUMBERS.matcher(text).matches(), "Поле «" + label + "»: номера через запятую, например: 12, 15");
		if (NUMBERS.matcher(text).matches()) {
			for (String number : text.split(",")) {
				numbers.add(Long.valueOf(number.strip()));
			}
		}
		return numbers;
	}

	private static List<long[]> links(FormInput input, String field, String label) {
		String text = input.optionalText(field, label, 500);
		List<long[]> links = new ArrayList<>();
		if (text == null) {
			return links;
		}
		input.require(LINKS.matcher(text).matches(), "Поле «" + label + "»: пары номеров через дефис и запятую, "
				+ "например: 12-15, 20-7");
		if (LINKS.matcher(text).matches()) {
			for (String link : text.split(",")) {
				String[] sides = link.split("[-–—]");
				links.add(new long[] { Long.parseLong(sides[0].strip()), Long.parseLong(sides[1].strip()) });
			}
		}
		return links;
	}
}
