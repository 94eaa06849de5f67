package ru.nastavnik.pairing;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeWorkPage;
import ru.nastavnik.security.CurrentUser;

/** The programme's page links the table of proposed pairs once the pairs are matched, for the roles that read it. */
@Component
class ProposalPageLink implements ProgrammeWorkPage {

	private final MatchingRuns runs;

	ProposalPageLink(MatchingRuns runs) {
		this.runs = runs;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Link> link(Programme programme, CurrentUser user) {
		if (PairingAccess.PROPOSAL_READERS.stream().noneMatch(user::has)
				|| runs.findFirstByProgrammeIdOrderByIdDesc(programme.getId()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Link("Предложенные пары", "/programmes/" + programme.getId() + "/pairs/proposal",
				"таблица пар с оценками и их объяснением, отбор, сортировка"
						+ (PairingAccess.REVIEWERS.stream().anyMatch(user::has)
								? ", исключение, обмен и добавление пар" : "")));
	}
}
