package ru.nastavnik.monitoring;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeWorkPage;
import ru.nastavnik.security.CurrentUser;

/** The programme's page links its monitoring for the roles that read it. */
@Component
class MonitoringPageLink implements ProgrammeWorkPage {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Link> link(Programme programme, CurrentUser user) {
		if (MonitoringAccess.READERS.stream().noneMatch(user::has)) {
			return Optional.empty();
		}
		return Optional.of(new Link("Мониторинг программы", "/programmes/" + programme.getId() + "/monitoring",
				"рост участников с выводом парного критерия, удовлетворённость участием, качество реализации; "
						+ "отчёт в PDF и XLSX"));
	}
}
