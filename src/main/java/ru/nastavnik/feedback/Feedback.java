package ru.nastavnik.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.Person;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.time.RussianDates;

/**
 * The feedback of the pairs (roadmap step 24): a round opens with one request per participant of an active pair whose
 * consent is valid, mailed with a one-use link as the invitations are (only the hash of the secret is kept, the
 * mail's text is erased once the link is used), offered to a mentor with a login as a Tasklist task too, and typed
 * in from paper for whoever has no e-mail; a request answers once, before the step's due date, for its own
 * organisation's round only; the working group closes the round with the response rate and the mean scores, which
 * become the roadmap step's record.
 */
@Service
public class Feedback {

	private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);

	/** The secret in a link: 32 random bytes, URL-safe Base64 without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	/** A round that opens too close to its due date (a late step) still leaves people two weeks to answer. */
	static final Duration LEAST_TIME_TO_ANSWER = Duration.ofDays(14);

	static final String NOT_FOUND = "Ссылка на анкету не найдена: проверьте, что она скопирована из письма целиком";

	private final FeedbackRounds rounds;

	private final FeedbackRequests requests;

	private final FeedbackAnswers answers;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final Outbox outbox;

	private final StepLog stepLog;

	private final FeedbackAnswering answering;

	private final Clock clock;

	private final String baseUrl;

	private final SecureRandom random = new SecureRandom();

	Feedback(FeedbackRounds rounds, FeedbackRequests requests, FeedbackAnswers answers, MentoringPairs pairs,
			Participants participants, ParticipantConsents consents, Outbox outbox, StepLog stepLog,
			FeedbackAnswering answering, Clock clock, @Value("${nastavnik.base-url}") String baseUrl) {
		this.answering = answering;
		this.rounds = rounds;
		this.requests = requests;
		this.answers = answers;
		this.pairs = pairs;
		this.participants = participants;
		this.consents = consents;
		this.outbox = outbox;
		this.stepLog = stepLog;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Opens the round of the programme's step: one request and one mail per participant of an active pair with a
	 * valid consent (a minor's goes to the legal representative). Once: a retried opening finds the round open.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FeedbackRound open(Programme programme, String step, Instant dueAt) {
		Optional<FeedbackRound> existing = rounds.findByProgrammeIdAndStep(programme.getId(), step);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = clock.instant();
		Instant expires = expiry(dueAt, now);
		Organisation organisation = programme.getOrganisation();
		FeedbackRound round = rounds.save(new FeedbackRound(programme.getId(), organisation.getId(), step, now,
				expires));
		Questionnaire questionnaire = Questionnaire.of(step);
		// the pairs' feedback asks the pairs at work; the satisfaction at the year's end also those who completed it
		Set<PairStatus> asked = questionnaire == Questionnaire.SATISFACTION
				? EnumSet.of(PairStatus.ACTIVE, PairStatus.COMPLETED) : EnumSet.of(PairStatus.ACTIVE);
		// a mentor of a group answers once, about the group's work; the request keeps the first pair
		Map<Long, MentoringPair> pairOf = new LinkedHashMap<>();
		Map<Long, RespondentRole> roleOf = new HashMap<>();
		for (MentoringPair pair : pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(), asked)) {
			pairOf.putIfAbsent(pair.getMentorId(), pair);
			roleOf.putIfAbsent(pair.getMentorId(), RespondentRole.MENTOR);
			pairOf.putIfAbsent(pair.getMenteeId(), pair);
			roleOf.putIfAbsent(pair.getMenteeId(), RespondentRole.MENTEE);
		}
		Set<Long> allowed = consents.processingAllowed(pairOf.keySet(), LocalDate.now(clock.withZone(
				organisation.getZone())));
		Map<Long, Participant> people = participants.findAllById(pairOf.keySet()).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		int onPaper = 0;
		for (Map.Entry<Long, MentoringPair> entry : pairOf.entrySet()) {
			Participant participant = people.get(entry.getKey());
			if (participant == null || participant.getStatus() == ParticipantStatus.WITHDRAWN
					|| !allowed.contains(participant.getId())) {
				continue;
			}
			RespondentRole role = roleOf.get(participant.getId());
			String token = secret();
			FeedbackRequest request = requests.save(new FeedbackRequest(round.getId(), organisation.getId(),
					participant.getId(), entry.getValue().getId(), role, hash(token), expires));
			boolean inTasklist = !participant.isMinor() && participant.getLogin() != null;
			if (inTasklist) {
				request.answerableInTasklistAs(answering.start(programme, request));
			}
			Person addressee = addressee(participant);
			if (addressee.getEmail() == null || addressee.getEmail().isBlank()) {
				// the link is never shown to anyone: the answers come in Tasklist or on paper
				onPaper += inTasklist ? 0 : 1;
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("addressee", addressee.getFullName());
			model.put("participant", participant.displayName());
			model.put("representative", addressee != participant.getPerson());
			model.put("mentor", role == RespondentRole.MENTOR);
			model.put("inTasklist", inTasklist);
			model.put("month", monthOf(step));
			model.put("satisfaction", questionnaire == Questionnaire.SATISFACTION);
			model.put("task", questionnaire.taskName());
			model.put("link", baseUrl + FeedbackPages.PATH + token);
			model.put("expires", RussianDates.formatWithTime(expires, organisation.getZone()));
			request.mailedAs(outbox.postSecretToPerson(organisation.getTenantId(), addressee.getId(),
					"feedback-request", model).getId());
		}
		if (onPaper > 0) {
			LOG.info("Обратная связь программы {} ({}): без адреса почты, ответят на бумаге — {}", programme.getId(),
					step, onPaper);
		}
		return round;
	}

	/** What the questionnaire's page needs to know about an open link; refused when it cannot be answered. */
	@Transactional(readOnly = true)
	public Link link(String token) {
		FeedbackRequest request = find(token);
		FeedbackRound round = rounds.findById(request.getRoundId()).orElseThrow(() -> new NotFound(NOT_FOUND));
		round.requireOpen();
		request.requireOpen(clock.instant());
		return new Link(Questionnaire.of(round.getStep()), monthOf(round.getStep()), request.getRespondentRole(),
				request.getExpiresAt());
	}

	/**
	 * Records the answers of an open link, once, read against the link's own questionnaire; the link and its mail's
	 * text are spent, its task settled.
	 */
	@Transactional
	public void answer(String token, Function<String, String> form) {
		FeedbackRequest request = find(token);
		FeedbackRound round = rounds.findById(request.getRoundId()).orElseThrow(() -> new NotFound(NOT_FOUND));
		round.requireOpen();
		record(request, read(round, request, form), AnswerChannel.LINK, null);
	}

	/**
	 * The answers a mentor gave in their own Tasklist task: only the participant the request asks, through the login
	 * linked to them; as through the link, once and while the round is open.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void answerInTasklist(FeedbackRequest request, Function<String, String> form, String login) {
		String own = request.getParticipantId() == null ? null
				: participants.findById(request.getParticipantId()).map(Participant::getLogin).orElse(null);
		if (own == null || !own.equals(login)) {
			throw new NotPermitted("На анкету отвечает сам участник пары: эта анкета адресована не вам");
		}
		FeedbackRound round = rounds.findById(request.getRoundId()).orElseThrow(() -> new NotFound(NOT_FOUND));
		round.requireOpen();
		record(request, read(round, request, form), AnswerChannel.TASKLIST, null);
	}

	/** The answers as the request's questionnaire asks them of its respondent's role. */
	private static Answers read(FeedbackRound round, FeedbackRequest request, Function<String, String> form) {
		return Answers.read(Questionnaire.of(round.getStep()), request.getRespondentRole(), form);
	}

	/**
	 * The answers a participant gave on paper, typed in for them by the curator or the working group: a request of
	 * the programme's round, as through the link once and while the round is open; the answer keeps who typed it.
	 */
	@Transactional
	public void answerOnPaper(Programme programme, Long requestId, String by, Function<String, String> form) {
		FeedbackRequest request = requests.findById(requestId).orElseThrow(() -> new NotFound(
				"Анкета № " + requestId + " не найдена"));
		FeedbackRound round = rounds.findById(request.getRoundId())
			.filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new NotFound("Анкета № " + requestId + " не найдена"));
		round.requireOpen();
		record(request, read(round, request, form), AnswerChannel.PAPER, by);
	}

	private void record(FeedbackRequest request, Answers given, AnswerChannel via, String enteredBy) {
		Instant now = clock.instant();
		request.answered(now);
		answers.save(new FeedbackAnswer(request, given, now, via, enteredBy));
		if (request.getOutboxMessageId() != null) {
			outbox.eraseSecret(request.getOutboxMessageId());
		}
		if (via != AnswerChannel.TASKLIST) {
			answering.settle(request);
		}
	}

	/**
	 * The programme's round of the step as the working group follows it: each request, whom it asks and whether and
	 * how they answered — never what they answered.
	 */
	@Transactional(readOnly = true)
	public Optional<RoundView> round(Programme programme, String step) {
		return rounds.findByProgrammeIdAndStep(programme.getId(), step).map(round -> {
			Map<Long, FeedbackAnswer> given = answers.findByRoundIdOrderById(round.getId()).stream()
				.collect(Collectors.toMap(FeedbackAnswer::getRequestId, Function.identity()));
			List<FeedbackRequest> asked = requests.findByRoundIdOrderById(round.getId());
			Map<Long, Participant> people = participants.findAllById(asked.stream()
				.map(FeedbackRequest::getParticipantId).filter(java.util.Objects::nonNull).toList()).stream()
				.collect(Collectors.toMap(Participant::getId, Function.identity()));
			List<Asked> rows = asked.stream().map(request -> {
				Participant participant = request.getParticipantId() == null ? null
						: people.get(request.getParticipantId());
				FeedbackAnswer answer = given.get(request.getId());
				return new Asked(Questionnaire.of(step), request.getId(), request.getParticipantId(), participant == null ? "участник отозвал согласие"
						: participant.displayName(), request.getRespondentRole(), request.getPairId(),
						request.getOutboxMessageId() != null, request.getProcessInstanceId() != null,
						answer == null ? null : RussianDates.format(request.getAnsweredAt().atZone(programme.getZone())),
						answer == null ? null : answer.getAnsweredVia());
			}).toList();
			return new RoundView(step, Questionnaire.of(step), monthOf(step), round.getClosedAt() == null,
					figures(round), rows);
		});
	}

	/**
	 * The step's due date moved (a plan change): the round's links not answered yet, and their tasks, expire with it
	 * — two weeks from now at the earliest, as when a round opens late.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reschedule(Long programmeId, String step, Instant dueAt) {
		rounds.findByProgrammeIdAndStep(programmeId, step).filter(round -> round.getClosedAt() == null)
			.ifPresent(round -> {
				Instant expires = expiry(dueAt, clock.instant());
				round.dueAt(expires);
				requests.findByRoundIdOrderById(round.getId()).stream()
					.filter(request -> request.getAnsweredAt() == null)
					.forEach(request -> {
						request.expireAt(expires);
						answering.expireAt(request, expires);
					});
			});
	}

	private static Instant expiry(Instant dueAt, Instant now) {
		return dueAt.isBefore(now.plus(Duration.ofDays(1))) ? now.plus(LEAST_TIME_TO_ANSWER) : dueAt;
	}

	/** The requests of the programme's round still waiting for an answer, by id (none when it is not open). */
	@Transactional(readOnly = true)
	public List<Long> unanswered(Long programmeId, String step) {
		return rounds.findByProgrammeIdAndStep(programmeId, step).filter(round -> round.getClosedAt() == null)
			.map(round -> requests.findByRoundIdOrderById(round.getId()).stream()
				.filter(request -> request.getAnsweredAt() == null).map(FeedbackRequest::getId).toList())
			.orElse(List.of());
	}

	/**
	 * The answers to a satisfaction question of the programme's year-end questionnaire (step 27), by role: how many
	 * gave each value of its scale (every value present, zero when nobody gave it); empty before the round opens.
	 */
	@Transactional(readOnly = true)
	public Map<RespondentRole, Map<Integer, Integer>> satisfaction(Long programmeId, String question) {
		Map<RespondentRole, Map<Integer, Integer>> byRole = new java.util.EnumMap<>(RespondentRole.class);
		rounds.findByProgrammeIdAndStep(programmeId, FeedbackSteps.SATISFACTION).ifPresent(round -> {
			for (RespondentRole role : RespondentRole.values()) {
				Questionnaire.SATISFACTION.questions(role).stream().filter(asked -> asked.code().equals(question))
					.findFirst().ifPresent(asked -> {
						Map<Integer, Integer> counts = new LinkedHashMap<>();
						asked.scale().points().stream().sorted().forEach(point -> counts.put(point, 0));
						byRole.put(role, counts);
					});
			}
			for (FeedbackAnswer answer : answers.findByRoundIdOrderById(round.getId())) {
				Integer score = answer.score(question);
				if (score != null && byRole.containsKey(answer.getRespondentRole())) {
					byRole.get(answer.getRespondentRole()).merge(score, 1, Integer::sum);
				}
			}
		});
		return byRole;
	}

	/** The round's figures as they stand now; empty when it has not opened. */
	@Transactional(readOnly = true)
	public Optional<Figures> figures(Long programmeId, String step) {
		return rounds.findByProgrammeIdAndStep(programmeId, step).map(this::figures);
	}

	private Figures figures(FeedbackRound round) {
		Questionnaire questionnaire = Questionnaire.of(round.getStep());
		List<FeedbackRequest> sent = requests.findByRoundIdOrderById(round.getId());
		List<FeedbackAnswer> given = answers.findByRoundIdOrderById(round.getId());
		List<Figures.Mean> means = new ArrayList<>();
		if (questionnaire.byRole()) {
			for (RespondentRole role : RespondentRole.values()) {
				List<FeedbackAnswer> own = given.stream().filter(answer -> answer.getRespondentRole() == role)
					.toList();
				questionnaire.questions(role)
					.forEach(question -> mean(role, question, own).ifPresent(means::add));
			}
		}
		else {
			questionnaire.questions(RespondentRole.MENTEE)
				.forEach(question -> mean(null, question, given).ifPresent(means::add));
		}
		return new Figures(questionnaire, round.getOpenedAt(), round.getDueAt(), round.getClosedAt(), sent.size(),
				given.size(),
				(int) given.stream().filter(answer -> answer.getAnsweredVia() == AnswerChannel.TASKLIST).count(),
				(int) given.stream().filter(answer -> answer.getAnsweredVia() == AnswerChannel.PAPER).count(),
				List.copyOf(means), texts(given, FeedbackAnswer::getWhatWorked),
				texts(given, FeedbackAnswer::getWhatToChange));
	}

	/**
	 * Closes the round with its figures and records the roadmap step: held, with the response rate and the mean
	 * scores; with no answer at all only when a reason is given, recorded as not held.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Figures close(Programme programme, String step, String conclusion, String noAnswersReason, String by) {
		Optional<FeedbackRound> round = rounds.findByProgrammeIdAndStep(programme.getId(), step);
		Figures figures = round.map(this::figures).orElse(Figures.none(Questionnaire.of(step)));
		if (figures.answered() == 0 && (noAnswersReason == null || noAnswersReason.strip().length() < 10)) {
			throw new InvalidInput("Ответов пока нет (анкет отправлено: " + figures.sent() + "): шаг закрывается "
					+ "без ответов только с причиной — заполните поле «Причина, по которой ответов нет» "
					+ "(не короче 10 символов)");
		}
		String summary = figures.summary();
		round.ifPresent(open -> {
			open.close(clock.instant(), by, figures.sent(), figures.answered(), summary);
			requests.findByRoundIdOrderById(open.getId()).stream().filter(request -> request.getAnsweredAt() == null)
				.forEach(answering::settle);
		});
		if (figures.answered() > 0) {
			String record = conclusion == null ? summary : summary + "\nВыводы рабочей группы: " + conclusion;
			stepLog.held(programme.getId(), step, figures.answered(), record, by);
		}
		else {
			stepLog.notHeld(programme.getId(), step, summary + " Причина: " + noAnswersReason.strip(), by);
		}
		return figures;
	}

	/**
	 * The participant's consent was revoked: the links not yet answered are gone, and what they answered stays only
	 * as anonymous scores — the open texts erased, the request no longer naming them.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(Long participantId) {
		int forgotten = 0;
		for (FeedbackRequest request : requests.findByParticipantId(participantId)) {
			if (request.getOutboxMessageId() != null) {
				outbox.eraseSecret(request.getOutboxMessageId());
			}
			if (request.getAnsweredAt() == null) {
				answering.settle(request);
				requests.delete(request);
			}
			else {
				answers.findByRequestId(request.getId()).ifPresent(FeedbackAnswer::eraseTexts);
				request.forgetParticipant();
			}
			forgotten++;
		}
		return forgotten;
	}

	/**
	 * The request of a link, within the organisation of its round: a malformed or unknown link, or one whose round
	 * belongs to another organisation, reads as not found.
	 */
	private FeedbackRequest find(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new NotFound(NOT_FOUND);
		}
		FeedbackRequest request = requests.findByTokenHash(hash(token)).orElseThrow(() -> new NotFound(NOT_FOUND));
		boolean ownOrganisation = rounds.findById(request.getRoundId())
			.filter(round -> round.getOrganisationId().equals(request.getOrganisationId()))
			.isPresent();
		if (!ownOrganisation) {
			LOG.warn("Ссылка обратной связи № {} не относится к опросу своей организации", request.getId());
			throw new NotFound(NOT_FOUND);
		}
		return request;
	}

	/** A minor is written to through their legal representative. */
	private static Person addressee(Participant participant) {
		return participant.isMinor() && participant.getRepresentative() != null ? participant.getRepresentative()
				: participant.getPerson();
	}

	/** When a round asks, as its questionnaire names it: November or May for the pairs, the year's end. */
	static String monthOf(String step) {
		return switch (step) {
			case FeedbackSteps.NOVEMBER -> "ноябрь";
			case FeedbackSteps.MAY -> "май";
			default -> "конец учебного года";
		};
	}

	private static Optional<Figures.Mean> mean(RespondentRole role, Question question, List<FeedbackAnswer> given) {
		int[] scores = given.stream().map(answer -> answer.score(question.code())).filter(java.util.Objects::nonNull)
			.mapToInt(Integer::intValue).toArray();
		return scores.length == 0 ? Optional.empty()
				: Optional.of(new Figures.Mean(role, question, scores.length,
						java.util.Arrays.stream(scores).average().orElseThrow()));
	}

	private static List<String> texts(List<FeedbackAnswer> given, Function<FeedbackAnswer, String> text) {
		List<String> texts = new ArrayList<>();
		given.stream().map(text).filter(value -> value != null && !value.isBlank()).forEach(texts::add);
		return texts;
	}

	private String secret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An open link as its page shows it: which questionnaire, asked of whom, until when. */
	public record Link(Questionnaire questionnaire, String month, RespondentRole role, Instant expiresAt) {

		public List<Question> questions() {
			return questionnaire.questions(role);
		}
	}

	/** A round as the working group follows it. */
	public record RoundView(String step, Questionnaire questionnaire, String month, boolean open, Figures figures,
			List<Asked> asked) {
	}

	/**
	 * One person asked: by mail, in Tasklist, or (with neither) on paper only; answered when and how.
	 *
	 * @param answeredOn the day of the answer where the organisation is; null while waiting for it
	 * @param answeredVia null while waiting for the answer
	 */
	public record Asked(Questionnaire questionnaire, Long requestId, Long participantId, String participant, RespondentRole role, Long pairId,
			boolean mailed, boolean inTasklist, String answeredOn, AnswerChannel answeredVia) {

		public boolean answered() {
			return answeredVia != null;
		}

		/** How the questionnaire reached the person, in Russian. */
		public String channels() {
			List<String> ways = new ArrayList<>();
			if (mailed) {
				ways.add("ссылка по почте");
			}
			if (inTasklist) {
				ways.add("задача в Tasklist");
			}
			return ways.isEmpty() ? "только на бумаге (нет адреса почты)" : String.join(", ", ways);
		}
	}
}
