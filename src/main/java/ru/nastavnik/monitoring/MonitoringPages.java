package ru.nastavnik.monitoring;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;
import ru.nastavnik.web.WebPage;

/**
 * The programme's monitoring as its people read it: the participants' growth between the two evaluations, per set,
 * form of mentoring, category and kind of growth, each change with what the test says of it. Counts and means only,
 * so the municipal curator reads it too.
 */
@WebPage
class MonitoringPages {

	private final MonitoringAccess access;

	private final ProgrammeGrowth growth;

	private final ProgrammeSatisfaction satisfaction;

	private final ProgrammeQuality quality;

	private final MonitoringReport report;

	MonitoringPages(MonitoringAccess access, ProgrammeGrowth growth, ProgrammeSatisfaction satisfaction,
			ProgrammeQuality quality, MonitoringReport report) {
		this.quality = quality;
		this.access = access;
		this.growth = growth;
		this.satisfaction = satisfaction;
		this.report = report;
	}

	@GetMapping("/programmes/{id}/monitoring")
	ModelAndView monitoring(@PathVariable Long id, Authentication authentication) {
		Programme programme = readable(id, authentication);
		return new ModelAndView("monitoring/growth").addObject("programme", ProgrammeHeading.of(programme))
			.addObject("growth", growth.of(programme)).addObject("satisfaction", satisfaction.of(programme))
			.addObject("quality", quality.view(programme))
			.addObject("significance", "5 %")
			.addObject("leastChanged", Comparison.LEAST_CHANGED);
	}

	@GetMapping("/programmes/{id}/monitoring/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication) {
		return Attachments.download(report.pdf(readable(id, authentication)), "monitoring-report.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/programmes/{id}/monitoring/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id, Authentication authentication) {
		return Attachments.download(report.xlsx(readable(id, authentication)), "monitoring-report.xlsx", Attachments.XLSX);
	}

	private Programme readable(Long id, Authentication authentication) {
		return access.programme(id, CurrentUser.of(authentication));
	}
}
