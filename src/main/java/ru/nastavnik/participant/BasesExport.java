package ru.nastavnik.participant;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.document.XlsxDocument;
import ru.nastavnik.programme.Programme;

/**
 * The mentee and mentor bases of a programme as a workbook the school keeps and edits: who is in each base with a
 * consent to processing valid today, and what their questionnaires say (seed 000, the personified accounting).
 */
@Service
class BasesExport {

	private static final List<String> MENTEE_COLUMNS = List.of("№ участника", "ФИО", "Класс или должность",
			"Несовершеннолетний", "Категория", "Запросы", "Интересы", "Рекомендованная форма наставничества");

	private static final List<String> MENTOR_COLUMNS = List.of("№ участника", "ФИО", "Класс или должность",
			"Кем является", "Компетенции", "Опыт", "Наставляемых не больше", "Собеседование");

	private final ParticipantProfiles profiles;

	BasesExport(ParticipantProfiles profiles) {
		this.profiles = profiles;
	}

	/** The workbook, and who is in it (their reads are logged). */
	record Export(byte[] xlsx, List<Long> participantIds) {
	}

	@Transactional(readOnly = true)
	Export of(Programme programme) {
		List<ParticipantProfiles.MenteeProfile> mentees = profiles.mentees(programme.getId());
		List<ParticipantProfiles.MentorProfile> mentors = profiles.mentors(programme.getId());
		String year = " на " + programme.getAcademicYear() + " учебный год, " + programme.getOrganisation().getName();
		byte[] xlsx = XlsxDocument.create()
			.sheet("База наставляемых", "База наставляемых" + year, MENTEE_COLUMNS,
					new int[] { 12, 36, 20, 18, 40, 50, 40, 30 },
					mentees.stream().map(mentee -> List.<Object>of(mentee.id(), mentee.participant().displayName(),
							text(mentee.participant().getClassOrPosition()), mentee.participant().isMinor() ? "да" : "нет",
							mentee.questionnaire().getCategory().title(), text(mentee.questionnaire().getRequests()),
							text(mentee.questionnaire().getInterests()),
							text(mentee.questionnaire().getRecommendedForm())))
						.toList())
			.sheet("База наставников", "База наставников" + year, MENTOR_COLUMNS,
					new int[] { 12, 36, 20, 24, 50, 50, 14, 28 },
					mentors.stream().map(mentor -> List.<Object>of(mentor.id(), mentor.participant().displayName(),
							text(mentor.participant().getClassOrPosition()), mentor.questionnaire().getMentorType().title(),
							text(mentor.questionnaire().getCompetences()), text(mentor.questionnaire().getExperience()),
							mentor.questionnaire().getMaxMentees(), interview(mentor.participant())))
						.toList())
			.toBytes();
		return new Export(xlsx, Stream.concat(mentees.stream().map(ParticipantProfiles.MenteeProfile::id),
				mentors.stream().map(ParticipantProfiles.MentorProfile::id)).toList());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String interview(Participant mentor) {
		Boolean outcome = mentor.getInterviewOutcome();
		return outcome == null ? "не проводилось" : outcome ? "допущен" : "не допущен";
	}
}
