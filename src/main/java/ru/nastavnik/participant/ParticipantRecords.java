package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.Programme;

/** What a person allowed to see a participant's record reads of it. */
@Service
class ParticipantRecords {

	private final Participants participants;

	private final ParticipantConsents consents;

	private final QuestionnaireRegister questionnaires;

	private final ParticipantReview review;

	private final EvaluationSets parameters;

	ParticipantRecords(Participants participants, ParticipantConsents consents, QuestionnaireRegister questionnaires,
			ParticipantReview review, EvaluationSets parameters) {
		this.parameters = parameters;
		this.participants = participants;
		this.consents = consents;
		this.questionnaires = questionnaires;
		this.review = review;
	}

	record Summary(Long id, String name, String role, String roleTitle, boolean minor, String classOrPosition,
			String status, String statusTitle, String source) {
	}

	record PersonView(String fullName, LocalDate birthDate, String email, String phone) {

		static PersonView of(Person person) {
			return person == null ? null
					: new PersonView(person.getFullName(), person.getBirthDate(), person.getEmail(), person.getPhone());
		}
	}

	record MenteeView(String category, String categoryTitle, String requests, String interests,
			String recommendedForm) {
	}

	record MentorView(String mentorType, String mentorTypeTitle, String competences, String experience,
			int maxMentees, List<Long> childParticipantIds, String staffConsentReference, LocalDate staffConsentDate,
			String addendumNumber, LocalDate addendumDate) {
	}

	record InformationView(String source, String sourceTitle, String content) {
	}

	/** An evaluation: its stage and a score per parameter of the participant's set, in the set's order. */
	record EvaluationView(String stage, String stageTitle, List<ScoreView> scores, String comment) {
	}

	record ScoreView(String code, String parameter, Integer score) {
	}

	/**
	 * A parameter's score at the start and at the end of the year and its change — the monitoring's comparison for
	 * one participant.
	 *
	 * @param change null unless scored both times
	 */
	record ChangeView(String code, String parameter, Integer start, Integer end, Integer change) {

		/** The change as the card shows it: «+1», «0», «−2», or «—». */
		public String shown() {
			return change == null ? "—" : change > 0 ? "+" + change : change < 0 ? "−" + -change : "0";
		}
	}

	record Card(Summary participant, Long programmeId, PersonView person, PersonView legalRepresentative,
			List<ParticipantConsents.GivenConsent> consents, MenteeView menteeQuestionnaire, MentorView mentorQuestionnaire,
			List<InformationView> thirdPartyInformation, Boolean includedInBase, String baseComment,
			Boolean admittedAfterInterview, String interviewComment, List<EvaluationView> evaluations,
			List<ChangeView> growth, String addedBy, Instant addedAt) {
	}

	static Summary summary(Participant participant) {
		return new Summary(participant.getId(), participant.displayName(), participant.getRole().name(),
				participant.getRole().title(), participant.isMinor(), participant.getClassOrPosition(),
				participant.getStatus().name(), participant.getStatus().title(), participant.getSource().title());
	}

	@Transactional(readOnly = true)
	List<Participant> of(Programme programme) {
		return participants.findByProgrammeIdOrderById(programme.getId());
	}

	Optional<Participant> find(Long id) {
		return participants.findById(id);
	}

	@Transactional(readOnly = true)
	Card card(Participant participant) {
		List<ParticipantConsents.GivenConsent> consentViews = consents.of(participant);
		MenteeView mentee = questionnaires.mentee(participant.getId())
			.map(answers -> new MenteeView(answers.getCategory().name(), answers.getCategory().title(),
					answers.getRequests(), answers.getInterests(), answers.getRecommendedForm()))
			.orElse(null);
		Optional<StaffMentorAgreement> staff = questionnaires.staffAgreement(participant.getId());
		MentorView mentor = questionnaires.mentor(participant.getId())
			.map(answers -> new MentorView(answers.getMentorType().name(), answers.getMentorType().title(),
					answers.getCompetences(), answers.getExperience(), answers.getMaxMentees(),
					answers.getChildren().stream().sorted().toList(),
					staff.map(StaffMentorAgreement::getConsentReference).orElse(null),
					staff.map(StaffMentorAgreement::getConsentDate).orElse(null),
					staff.map(StaffMentorAgreement::getAddendumNumber).orElse(null),
					staff.map(StaffMentorAgreement::getAddendumDate).orElse(null)))
			.orElse(null);
		List<Evaluation> evaluated = review.evaluations(participant);
		Optional<Evaluation> start = evaluated.stream().filter(found -> found.getStage() == EvaluationStage.START)
			.findFirst();
		Optional<Evaluation> end = evaluated.stream().filter(found -> found.getStage() == EvaluationStage.END)
			.findFirst();
		List<ChangeView> growth = start.isEmpty() || end.isEmpty() ? List.of()
				: parameters.of(participant).stream().map(parameter -> {
					Integer before = start.get().score(parameter.getCode());
					Integer after = end.get().score(parameter.getCode());
					return new ChangeView(parameter.getCode(), parameter.getTitle(), before, after,
							before == null || after == null ? null : after - before);
				}).toList();
		return new Card(summary(participant), participant.getProgramme().getId(),
				PersonView.of(participant.getPerson()), PersonView.of(participant.getRepresentative()), consentViews,
				mentee, mentor,
				review.thirdPartyInformation(participant).stream()
					.map(item -> new InformationView(item.getSource().name(), item.getSource().title(),
							item.getContent()))
					.toList(),
				participant.getBaseDecision(), participant.getBaseComment(), participant.getInterviewOutcome(),
				participant.getInterviewComment(),
				evaluated.stream()
					.map(evaluation -> new EvaluationView(evaluation.getStage().name(),
							evaluation.getStage().title(), parameters.of(participant).stream()
								.map(parameter -> new ScoreView(parameter.getCode(), parameter.getTitle(),
										evaluation.score(parameter.getCode())))
								.toList(), evaluation.getComment()))
					.toList(),
				growth, participant.getAddedBy(), participant.getAddedAt());
	}
}
