package ru.nastavnik.participant;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Собрать сведения о запросах наставляемого от третьих лиц» (roadmap step 6). */
@Component
class CollectThirdPartyInformationListener extends StepListener<Participant> {

	private final ParticipantReview review;

	CollectThirdPartyInformationListener(Steps steps, OwnParticipant ownParticipant, ParticipantReview review) {
		super(steps, ownParticipant);
		this.review = review;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		String source = input.choice("informationSource", "От кого получены сведения", Arrays
			.stream(ThirdPartySource.values()).map(Enum::name).collect(Collectors.toSet()));
		String content = input.text("informationContent", "Сведения о запросах наставляемого", 10, 4000);
		input.rejectIfInvalid();
		review.recordThirdPartyInformation(participant, ThirdPartySource.valueOf(source), content,
				input.performer());
	}
}
