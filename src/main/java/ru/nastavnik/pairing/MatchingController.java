package ru.nastavnik.pairing;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;

/**
 * Roadmap step 18 over REST: the proposal of pairs with each score explained, a new run of the matching and the
 * working group's changes. Each call is one transaction: a change refused by a hard constraint changes nothing.
 */
@RestController
@RequestMapping("/api/programmes/{id}/matching")
@Tag(name = "Подбор наставнических пар", description = "Предложение пар с объяснением оценок и его доработка")
class MatchingController {

	private final PairingAccess access;

	private final PairProposal proposal;

	private final PairingReview review;

	private final PairEnding ending;

	private final AccessLog accessLog;

	MatchingController(PairingAccess access, PairProposal proposal, PairingReview review, PairEnding ending,
			AccessLog accessLog) {
		this.accessLog = accessLog;
		this.access = access;
		this.proposal = proposal;
		this.review = review;
		this.ending = ending;
	}

	record AddPair(@NotNull(message = "Укажите наставляемого (menteeId)") Long menteeId,
			@NotNull(message = "Укажите наставника (mentorId)") Long mentorId) {
	}

	record SwapMentors(@NotNull(message = "Укажите первую пару (firstPairId)") Long firstPairId,
			@NotNull(message = "Укажите вторую пару (secondPairId)") Long secondPairId) {
	}

	record EndPair(@NotBlank(message = "Укажите причину досрочного прекращения пары (reason)") @Size(max = 512,
			message = "Причина прекращения пары — не длиннее 512 символов") String reason) {
	}

	/** Applies the person's change to the programme's pairs (by whom), and shows the proposal afterwards. */
	private Proposal change(Long programmeId, Authentication authentication, BiConsumer<Programme, String> change) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programme(programmeId, user, PairingAccess.REVIEWERS);
		change.accept(programme, user.login());
		return shown(review.proposal(programme), user);
	}

	/** The proposal names minors: every read of a minor's name is in the access log, as for their record. */
	private Proposal shown(Proposal proposal, CurrentUser user) {
		Set<Long> named = new HashSet<>();
		proposal.pairs().forEach(pair -> {
			named.add(pair.mentor().id());
			named.add(pair.mentee().id());
		});
		proposal.unmatched().forEach(alone -> named.add(alone.mentee().id()));
		accessLog.read(named, user.login(), AccessLogEntry.Channel.API,
				AccessLog.resource(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
					.getRequest()), AccessLogEntry.Result.GRANTED);
		return proposal;
	}

	@GetMapping
	@Operation(summary = "Предложение пар: пары с объяснением оценки и наставляемые без наставника с причиной")
	@Transactional(readOnly = true)
	Proposal get(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		return shown(review.proposal(access.programme(id, user, PairingAccess.PROPOSAL_READERS)), user);
	}

	@PostMapping
	@Operation(summary = "Подобрать пары заново: предложенные пары заменяются новым оптимальным подбором")
	@Transactional
	Proposal run(@PathVariable Long id, Authentication authentication) {
		return change(id, authentication, proposal::run);
	}

	@PostMapping("/pairs")
	@Operation(summary = "Добавить пару; пара, нарушающая жёсткое ограничение, не составляется (422)")
	@Transactional
	ResponseEntity<Proposal> add(@PathVariable Long id, @Valid @RequestBody AddPair body,
			Authentication authentication) {
		return ResponseEntity.status(HttpStatus.CREATED).body(change(id, authentication,
				(programme, by) -> review.add(programme, body.menteeId(), body.mentorId(), by)));
	}

	@DeleteMapping("/pairs/{pairId}")
	@Operation(summary = "Исключить предложенную пару: наставляемый остаётся без наставника")
	@Transactional
	Proposal remove(@PathVariable Long id, @PathVariable Long pairId, Authentication authentication) {
		return change(id, authentication, (programme, by) -> review.remove(programme, pairId, by));
	}

	@PostMapping("/swap")
	@Operation(summary = "Поменять местами наставников двух предложенных пар")
	@Transactional
	Proposal swap(@PathVariable Long id, @Valid @RequestBody SwapMentors body, Authentication authentication) {
		return change(id, authentication,
				(programme, by) -> review.swap(programme, body.firstPairId(), body.secondPairId(), by));
	}

	@PostMapping("/pairs/{pairId}/flag")
	@Operation(summary = "Направить пару педагогу-психологу для оценки совместимости до приказа")
	@Transactional
	Proposal flag(@PathVariable Long id, @PathVariable Long pairId, Authentication authentication) {
		return change(id, authentication, (programme, by) -> review.flag(programme, pairId));
	}

	@PostMapping("/pairs/{pairId}/end")
	@Operation(summary = "Досрочно прекратить действующую пару; наставляемый возвращается в подбор")
	@Transactional
	Proposal end(@PathVariable Long id, @PathVariable Long pairId, @Valid @RequestBody EndPair body,
			Authentication authentication) {
		return change(id, authentication, (programme, by) -> ending.end(programme, pairId, body.reason(), by));
	}
}
