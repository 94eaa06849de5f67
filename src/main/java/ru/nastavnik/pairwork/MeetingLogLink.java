package ru.nastavnik.pairwork;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeWorkPage;
import ru.nastavnik.security.CurrentUser;

/** The programme's page links the pairs' meeting log once the order has fixed pairs, for the roles that read it. */
@Component
class MeetingLogLink implements ProgrammeWorkPage {

	private final MentoringPairs pairs;

	MeetingLogLink(MentoringPairs pairs) {
		this.pairs = pairs;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Link> link(Programme programme, CurrentUser user) {
		if (MeetingLog.READERS.stream().noneMatch(user::has)
				|| pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Link("Журнал встреч пар", "/programmes/" + programme.getId() + "/pairs",
				"сколько встреч провела каждая пара и когда последнюю"
						+ (MeetingLog.RECORDERS.stream().anyMatch(user::has) ? ", запись встречи" : "")));
	}
}
