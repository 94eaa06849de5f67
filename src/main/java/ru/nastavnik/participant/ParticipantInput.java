package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.Set;

/** What a person gives the programme, whichever way they come: by the curator, from a list, with a questionnaire. */
public final class ParticipantInput {

	/** Who the person is. A minor's legal representative is a person of their own. */
	public record NewParticipant(String fullName, LocalDate birthDate, String classOrPosition, ParticipantRole role,
			String email, String phone, Representative representative) {
	}

	public record Representative(String fullName, String email, String phone) {
	}

	/** A written consent received on paper. */
	public record ReceivedConsent(LocalDate receivedOn, LocalDate validUntil, String paperReference) {
	}

	public record MenteeAnswers(MenteeCategory category, String requests, String interests) {
	}

	public record MentorAnswers(MentorType mentorType, String competences, String experience, int maxMentees,
			Set<Long> childParticipantIds, StaffAgreement staffAgreement) {
	}

	/** ТК РФ ст. 351.8: the employee's written consent to mentor and the addendum to the labour contract. */
	public record StaffAgreement(String consentReference, LocalDate consentDate, String addendumNumber,
			LocalDate addendumDate) {
	}

	private ParticipantInput() {
	}
}
