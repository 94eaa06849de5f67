package ru.nastavnik.participant;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.StaffAgreement;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Заполнить анкету»: the mentee's or the mentor's questionnaire, as the working group takes it down. */
@Component
class FillQuestionnaireListener extends StepListener<Participant> {

	private static final Pattern ID_LIST = Pattern.compile("\\d{1,12}(\\s*[,;]\\s*\\d{1,12})*");

	private final QuestionnaireRegister questionnaires;

	FillQuestionnaireListener(Steps steps, OwnParticipant ownParticipant, QuestionnaireRegister questionnaires) {
		super(steps, ownParticipant);
		this.questionnaires = questionnaires;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		if (participant.getRole() == ParticipantRole.MENTEE) {
			String category = input.choice("menteeCategory", "Категория наставляемого", names(MenteeCategory.values()));
			String requests = input.text("requests", "Запросы наставляемого", 2000);
			String interests = input.optionalText("interests", "Интересы", 2000);
			input.rejectIfInvalid();
			questionnaires.submit(participant,
					new MenteeAnswers(MenteeCategory.valueOf(category), requests, interests), null, input.performer());
			EnrolmentProcess.Var.MENTEE_CATEGORY.set(task, MenteeCategory.valueOf(category));
		}
		else {
			String type = input.choice("mentorType", "Кем является наставник", names(MentorType.values()));
			String competences = input.text("competences", "Компетенции", 2000);
			String experience = input.text("experience", "Опыт", 2000);
			int maxMentees = input.count("maxMentees", "Наибольшее число наставляемых", 1,
					QuestionnaireRegister.MAX_MENTEES);
			String childList = input.optionalText("childParticipantIds", "Номера участников — детей наставника", 500);
			input.require(childList == null || ID_LIST.matcher(childList).matches(),
					"Поле «Номера участников — детей наставника»: номера через запятую, например 12, 15");
			StaffAgreement staff = null;
			if (MentorType.STAFF.name().equals(type)) {
				staff = new StaffAgreement(
						input.text("staffConsentReference", "Номер письменного согласия работника", 255),
						input.pastDate("staffConsentDate", "Дата согласия работника"),
						input.text("addendumNumber", "Номер дополнительного соглашения", 64),
						input.pastDate("addendumDate", "Дата дополнительного соглашения"));
			}
			input.rejectIfInvalid();
			questionnaires.submit(participant, null, new MentorAnswers(MentorType.valueOf(type), competences,
					experience, maxMentees, ids(childList), staff), input.performer());
		}
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

	private static Set<Long> ids(String list) {
		if (list == null) {
			return Set.of();
		}
		return Arrays.stream(list.split("[,;]")).map(String::strip).map(Long::valueOf)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
