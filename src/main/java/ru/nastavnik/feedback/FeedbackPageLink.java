package ru.nastavnik.feedback;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeWorkPage;
import ru.nastavnik.security.CurrentUser;

/** The programme's page links its feedback rounds once the first has opened, for the roles that read them. */
@Component
class FeedbackPageLink implements ProgrammeWorkPage {

	private final FeedbackRounds rounds;

	FeedbackPageLink(FeedbackRounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<Link> link(Programme programme, CurrentUser user) {
		if (FeedbackRoundPages.READERS.stream().noneMatch(user::has) || FeedbackSteps.ALL.stream()
			.noneMatch(step -> rounds.findByProgrammeIdAndStep(programme.getId(), step).isPresent())) {
			return Optional.empty();
		}
		return Optional.of(new Link("Обратная связь пар", "/programmes/" + programme.getId() + "/feedback",
				"кто ответил на анкеты и как"
						+ (FeedbackRoundPages.ENTERERS.stream().anyMatch(user::has)
								? ", ввод ответов с бумажных анкет" : "")));
	}
}
