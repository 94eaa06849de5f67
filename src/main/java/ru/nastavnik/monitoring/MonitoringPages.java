package ru.nastavnik.monitoring;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/**
 * The programme's monitoring as its people read it: the participants' growth between the two evaluations, per set,
 * form of mentoring, category and kind of growth, each change with what the test says of it. Counts and means only,
 * so the municipal curator reads it too.
 */
@WebPage
class MonitoringPages {

	static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR, Role.AUDITOR,
			Role.MUNICIPAL_CURATOR);

	private final ProgrammeManagement programmes;

	private final ProgrammeGrowth growth;

	MonitoringPages(ProgrammeManagement programmes, ProgrammeGrowth growth) {
		this.programmes = programmes;
		this.growth = growth;
	}

	@GetMapping("/programmes/{id}/monitoring")
	ModelAndView monitoring(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programmes.get(id, user);
		if (READERS.stream().noneMatch(user::has)) {
			throw new NotPermitted("Мониторинг программы читают куратор, рабочая группа, руководитель, аудитор и "
					+ "муниципальный куратор");
		}
		return new ModelAndView("monitoring/growth").addObject("programme", ProgrammeHeading.of(programme))
			.addObject("growth", growth.of(programme)).addObject("significance", "5 %")
			.addObject("leastChanged", Comparison.LEAST_CHANGED);
	}
}
