package ru.nastavnik.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * The evaluation steps of the roadmap as the participants' evaluations stand: step 9 (the mentees' first
 * evaluation), 12 (the mentors'), 31 (everyone's second) — how many of those in the bases are evaluated, who is not
 * yet, and who left the programme and is not evaluated.
 */
@Component
public class EvaluationStepFacts {

	/** The steps, with the stage they evaluate and the roles they evaluate. */
	private static final Map<String, Scope> STEPS = Map.of(
			ProgrammeProcess.EVALUATE_MENTEES, new Scope(EvaluationStage.START, Set.of(ParticipantRole.MENTEE)),
			ProgrammeProcess.EVALUATE_MENTORS, new Scope(EvaluationStage.START, Set.of(ParticipantRole.MENTOR)),
			ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN, new Scope(EvaluationStage.END,
					Set.of(ParticipantRole.MENTEE, ParticipantRole.MENTOR)));

	private record Scope(EvaluationStage stage, Set<ParticipantRole> roles) {
	}

	private final Participants participants;

	private final Evaluations evaluations;

	EvaluationStepFacts(Participants participants, Evaluations evaluations) {
		this.participants = participants;
		this.evaluations = evaluations;
	}

	/**
	 * A step as the evaluations stand.
	 *
	 * @param inBase the participants in the bases the step evaluates
	 * @param pending those of them not evaluated yet, by number
	 * @param left those who were evaluated at the start and have left the programme since (the second stage only)
	 */
	public record Facts(String step, EvaluationStage stage, int inBase, int evaluated, List<Long> pending, int left) {

		/** In Russian, for the step's form and its record. */
		public String summary() {
			if (inBase == 0) {
				return "Участников в базе для этой оценки нет.";
			}
			return "Участников в базе: " + inBase + "; оценены (" + stage.title() + ") — " + evaluated + " из "
					+ inBase + "."
					+ (pending.isEmpty() ? "" : " Ещё не оценены: " + pending.stream().map(id -> "№ " + id)
						.collect(Collectors.joining(", ")) + ".")
					+ (left == 0 ? "" : " Выбыли из программы и не оцениваются: " + left + ".");
		}
	}

	public static boolean isEvaluationStep(String step) {
		return STEPS.containsKey(step);
	}

	@Transactional(readOnly = true)
	public Facts of(Programme programme, String step) {
		Scope scope = STEPS.get(step);
		if (scope == null) {
			throw new IllegalArgumentException("Шаг «" + step + "» не оценивает участников");
		}
		List<Participant> all = participants.findByProgrammeIdOrderById(programme.getId()).stream()
			.filter(participant -> scope.roles().contains(participant.getRole()))
			.toList();
		Set<Long> evaluatedIds = evaluations.findByProgrammeAndStage(programme.getId(), scope.stage());
		List<Long> pending = new ArrayList<>();
		int inBase = 0;
		int evaluated = 0;
		for (Participant participant : all) {
			if (participant.getStatus() != ParticipantStatus.IN_BASE) {
				continue;
			}
			inBase++;
			if (evaluatedIds.contains(participant.getId())) {
				evaluated++;
			}
			else {
				pending.add(participant.getId());
			}
		}
		int left = 0;
		if (scope.stage() == EvaluationStage.END) {
			Set<Long> startedIds = evaluations.findByProgrammeAndStage(programme.getId(), EvaluationStage.START);
			left = (int) all.stream().filter(participant -> participant.getStatus() == ParticipantStatus.WITHDRAWN)
				.filter(participant -> startedIds.contains(participant.getId())).count();
		}
		return new Facts(step, scope.stage(), inBase, evaluated, List.copyOf(pending), left);
	}
}
