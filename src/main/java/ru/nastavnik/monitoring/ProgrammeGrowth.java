package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.EvaluationParameter;
import ru.nastavnik.participant.EvaluationRecords;
import ru.nastavnik.participant.EvaluationRecords.Evaluated;
import ru.nastavnik.participant.GrowthDimension;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.MentoringOption;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * The second stage of Р-145 monitoring for a programme: the participants' growth between the evaluation at the start
 * and the one at the end — for each set of parameters (mentees who are pupils, mentees who are teachers, mentors) as a
 * whole, per form of mentoring and per category of mentee, and for the programme per kind of growth. Each change
 * comes with what the paired test may honestly say of it ({@link Comparison}). Only counts and means: no person.
 */
@Service
public class ProgrammeGrowth {

	private final EvaluationRecords records;

	private final MentoringPairs pairs;

	ProgrammeGrowth(EvaluationRecords records, MentoringPairs pairs) {
		this.records = records;
		this.pairs = pairs;
	}

	/** A parameter's change in a group. */
	public record ParameterChange(String code, String title, GrowthDimension dimension, Comparison comparison) {
	}

	/** A group of participants of one set: its title, how many were evaluated both times, each parameter's change. */
	public record Group(String title, int compared, List<ParameterChange> parameters) {
	}

	/**
	 * A set of parameters and the participants evaluated on it.
	 *
	 * @param compared evaluated both at the start and at the end
	 * @param awaiting evaluated at the start, not yet at the end, still in the programme
	 * @param left evaluated at the start and left the programme since: not compared
	 */
	public record SetGrowth(String title, int compared, int awaiting, int left, Group whole, List<Group> byForm,
			List<Group> byCategory) {
	}

	/** A kind of growth across the programme: each participant's mean over the parameters of that kind. */
	public record DimensionChange(GrowthDimension dimension, Comparison comparison) {
	}

	public record Growth(List<SetGrowth> sets, List<DimensionChange> dimensions, int compared, int awaiting,
			int left) {
	}

	@Transactional(readOnly = true)
	public Growth of(Programme programme) {
		return of(List.of(programme));
	}

	/**
	 * The growth of the programmes' participants pooled together — a municipality's programmes compared as one group
	 * per set, form, category and kind of growth.
	 */
	@Transactional(readOnly = true)
	public Growth of(List<Programme> programmes) {
		List<Evaluated> evaluated = new ArrayList<>();
		Map<Long, Set<MentoringOption>> formsOf = new LinkedHashMap<>();
		for (Programme programme : programmes) {
			evaluated.addAll(records.of(programme.getId()));
			formsOf.putAll(formsOf(programme));
		}
		List<EvaluationParameter> parameters = records.parameters();
		List<SetGrowth> sets = new ArrayList<>();
		for (SetKey set : SetKey.values()) {
			List<Evaluated> members = evaluated.stream().filter(set::holds).toList();
			if (members.isEmpty()) {
				continue;
			}
			// the mentors' sets of both audiences share their codes: one parameter per code
			Map<String, EvaluationParameter> byCode = new LinkedHashMap<>();
			parameters.stream().filter(set::defines)
				.filter(parameter -> set.role == ParticipantRole.MENTOR || parameter.getAudience() == set.audience)
				.forEach(parameter -> byCode.putIfAbsent(parameter.getCode(), parameter));
			List<EvaluationParameter> ofSet = List.copyOf(byCode.values());
			List<Evaluated> compared = members.stream().filter(ProgrammeGrowth::comparable).toList();
			int left = (int) members.stream().filter(member -> !comparable(member) && member.left()).count();
			// evaluated at the start, not yet at the end, still in the programme (one evaluated only at the end
			// has nothing to be compared with)
			int awaiting = (int) members.stream().filter(member -> !member.start().isEmpty()
					&& member.end().isEmpty() && !member.left()).count();
			sets.add(new SetGrowth(set.title, compared.size(), awaiting, left, group("все", compared, ofSet),
					groups(compared, ofSet, member -> formsOf.getOrDefault(member.participantId(), Set.of()).stream()
						.map(MentoringOption::title).toList()),
					set.role == ParticipantRole.MENTEE ? groups(compared, ofSet, member -> member.category() == null
							? List.of() : List.of(member.category().title())) : List.of()));
		}
		List<Evaluated> compared = evaluated.stream().filter(ProgrammeGrowth::comparable).toList();
		List<DimensionChange> dimensions = new ArrayList<>();
		for (GrowthDimension dimension : GrowthDimension.values()) {
			List<ScorePair> means = new ArrayList<>();
			for (Evaluated member : compared) {
				Set<String> codes = new LinkedHashSet<>();
				parameters.stream().filter(parameter -> parameter.getDimension() == dimension
						&& parameter.getRole() == member.role() && parameter.getAudience() == member.audience())
					.forEach(parameter -> codes.add(parameter.getCode()));
				// only the parameters scored both times: the two means are of the same things
				codes.removeIf(code -> member.start().get(code) == null || member.end().get(code) == null);
				double[] start = codes.stream().map(member.start()::get).mapToDouble(Integer::doubleValue).toArray();
				double[] end = codes.stream().map(member.end()::get).mapToDouble(Integer::doubleValue).toArray();
				if (start.length > 0 && end.length > 0) {
					means.add(new ScorePair(java.util.Arrays.stream(start).average().orElseThrow(),
							java.util.Arrays.stream(end).average().orElseThrow()));
				}
			}
			dimensions.add(new DimensionChange(dimension, Comparison.of(means)));
		}
		return new Growth(sets, dimensions, compared.size(),
				sets.stream().mapToInt(SetGrowth::awaiting).sum(), sets.stream().mapToInt(SetGrowth::left).sum());
	}

	private static boolean comparable(Evaluated member) {
		return !member.start().isEmpty() && !member.end().isEmpty();
	}

	/** The participants' groups by a key (a form, a category), each compared on the set's parameters. */
	private static List<Group> groups(List<Evaluated> members, List<EvaluationParameter> parameters,
			Function<Evaluated, List<String>> keys) {
		Map<String, List<Evaluated>> byKey = new LinkedHashMap<>();
		for (Evaluated member : members) {
			for (String key : keys.apply(member)) {
				byKey.computeIfAbsent(key, title -> new ArrayList<>()).add(member);
			}
		}
		return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(entry -> group(entry.getKey(), entry.getValue(), parameters)).toList();
	}

	private static Group group(String title, List<Evaluated> members, List<EvaluationParameter> parameters) {
		List<ParameterChange> changes = new ArrayList<>();
		for (EvaluationParameter parameter : parameters) {
			List<ScorePair> scores = new ArrayList<>();
			for (Evaluated member : members) {
				Integer start = member.start().get(parameter.getCode());
				Integer end = member.end().get(parameter.getCode());
				if (start != null && end != null) {
					scores.add(new ScorePair(start, end));
				}
			}
			changes.add(new ParameterChange(parameter.getCode(), parameter.getTitle(), parameter.getDimension(),
					Comparison.of(scores)));
		}
		return new Group(title, members.size(), changes);
	}

	/** The forms of mentoring of each participant's pairs in effect or completed (a mentor may have several). */
	private Map<Long, Set<MentoringOption>> formsOf(Programme programme) {
		Map<Long, Set<MentoringOption>> forms = new LinkedHashMap<>();
		for (MentoringPair pair : pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				EnumSet.of(PairStatus.ACTIVE, PairStatus.COMPLETED, PairStatus.ENDED))) {
			if (pair.getActivatedAt() == null || pair.getForm() == null) {
				continue;
			}
			forms.computeIfAbsent(pair.getMentorId(), id -> new LinkedHashSet<>()).add(pair.getForm());
			forms.computeIfAbsent(pair.getMenteeId(), id -> new LinkedHashSet<>()).add(pair.getForm());
		}
		return forms;
	}

	/** The three sets a programme's participants are evaluated on. */
	private enum SetKey {

		PUPIL_MENTEES("Наставляемые — обучающиеся", ProgrammeAudience.PUPILS, ParticipantRole.MENTEE),
		TEACHER_MENTEES("Наставляемые — педагоги", ProgrammeAudience.TEACHERS, ParticipantRole.MENTEE),
		MENTORS("Наставники", null, ParticipantRole.MENTOR);

		private final String title;

		private final ProgrammeAudience audience;

		private final ParticipantRole role;

		SetKey(String title, ProgrammeAudience audience, ParticipantRole role) {
			this.title = title;
			this.audience = audience;
			this.role = role;
		}

		boolean holds(Evaluated member) {
			return member.role() == role && (audience == null || member.audience() == audience);
		}

		boolean defines(EvaluationParameter parameter) {
			return parameter.getRole() == role;
		}
	}
}
