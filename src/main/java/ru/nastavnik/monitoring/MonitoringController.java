package ru.nastavnik.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;

/**
 * The monitoring read model for clients and for the municipality: each programme of the person's organisations with
 * its participants' growth per kind of growth, its participants' satisfaction and its quality, and the growth of all
 * of them pooled — per set of parameters, form of mentoring and category. Counts, means, scores and the test's
 * verdicts only: no person, no id of a participant, no free text.
 */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Мониторинг", description = "Второй этап мониторинга Р-145: рост участников программ")
class MonitoringController {

	private final Programmes programmes;

	private final ProgrammeGrowth growth;

	private final MonitoringAccess access;

	private final ProgrammeSatisfaction satisfaction;

	private final ProgrammeQuality quality;

	private final MonitoringReport report;

	MonitoringController(Programmes programmes, ProgrammeGrowth growth, ProgrammeSatisfaction satisfaction,
			ProgrammeQuality quality, MonitoringAccess access, MonitoringReport report) {
		this.programmes = programmes;
		this.growth = growth;
		this.satisfaction = satisfaction;
		this.quality = quality;
		this.access = access;
		this.report = report;
	}

	@GetMapping("/programmes/{id}/report.pdf")
	@Operation(summary = "«Отчёт о результатах мониторинга программы наставничества» в PDF с диаграммами")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication) {
		return Attachments.download(report.pdf(access.programme(id, CurrentUser.of(authentication))),
				"monitoring-report.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/programmes/{id}/report.xlsx")
	@Operation(summary = "Тот же отчёт в XLSX: цифры и диаграммы Excel, которые можно править")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id, Authentication authentication) {
		return Attachments.download(report.xlsx(access.programme(id, CurrentUser.of(authentication))),
				"monitoring-report.xlsx", Attachments.XLSX);
	}

	record ChangeView(int compared, int changed, Double startMean, Double endMean, Double change, Double pValue,
			String verdict, String verdictTitle) {

		static ChangeView of(Comparison comparison) {
			return new ChangeView(comparison.pairs(), comparison.changed(), comparison.startMean(),
					comparison.endMean(), comparison.change(), comparison.pValue(), comparison.verdict().name(),
					comparison.verdict().title());
		}
	}

	record DimensionView(String dimension, String title, ChangeView change) {
	}

	record ParameterView(String code, String title, String dimension, ChangeView change) {
	}

	record GroupView(String title, int compared, List<ParameterView> parameters) {

		static GroupView of(ProgrammeGrowth.Group group) {
			return new GroupView(group.title(), group.compared(), group.parameters().stream()
				.map(parameter -> new ParameterView(parameter.code(), parameter.title(), parameter.dimension().name(),
						ChangeView.of(parameter.comparison())))
				.toList());
		}
	}

	record SetView(String title, int compared, int awaiting, int left, GroupView whole, List<GroupView> byForm,
			List<GroupView> byCategory) {
	}

	record GrowthView(int compared, int awaiting, int left, List<DimensionView> dimensions, List<SetView> sets) {

		static GrowthView of(ProgrammeGrowth.Growth growth) {
			return new GrowthView(growth.compared(), growth.awaiting(), growth.left(), growth.dimensions().stream()
				.map(change -> new DimensionView(change.dimension().name(), change.dimension().title(),
						ChangeView.of(change.comparison())))
				.toList(), growth.sets().stream()
				.map(set -> new SetView(set.title(), set.compared(), set.awaiting(), set.left(),
						GroupView.of(set.whole()), set.byForm().stream().map(GroupView::of).toList(),
						set.byCategory().stream().map(GroupView::of).toList()))
				.toList());
		}
	}

	/** The satisfaction of step 27: a role with fewer than five answers shows only its count. */
	record SatisfactionView(String summary, List<ProgrammeSatisfaction.Row> means,
			Map<String, Map<String, Integer>> distribution) {

		static SatisfactionView of(ProgrammeSatisfaction.Satisfaction satisfaction) {
			return new SatisfactionView(satisfaction.summary(), satisfaction.means(), satisfaction.distribution());
		}
	}

	/** The quality of step 30: the system's figures and the curator's scores by criterion (no free texts). */
	record QualityView(boolean reviewed, Double meanScore, Map<String, Integer> scores, List<String> figures) {

		static QualityView of(ProgrammeQuality.View view) {
			Map<String, Integer> scores = new LinkedHashMap<>();
			view.scores().forEach(scored -> scores.put(scored.criterion().code(), scored.score()));
			return new QualityView(view.review().isPresent(),
					view.review().map(ProgrammeQualityReview::meanScore).orElse(null), scores, view.figures());
		}
	}

	record ProgrammeView(Long programmeId, String organisation, String academicYear, String audience,
			GrowthView growth, SatisfactionView satisfaction, QualityView quality) {
	}

	record MonitoringView(String academicYear, List<ProgrammeView> programmes, GrowthView pooled) {
	}

	@GetMapping
	@Operation(summary = "Рост участников программ организаций пользователя (муниципальному куратору — всех "
			+ "организаций округа): по каждой программе и по всем вместе — по наборам параметров, формам "
			+ "наставничества, категориям и видам роста; по каждой программе — удовлетворённость участием (шаг 27) "
			+ "и качество реализации (шаг 30); без персональных данных. Отбор: academicYear (например, 2026/2027), "
			+ "organisationId")
	MonitoringView monitoring(@RequestParam(required = false) String academicYear,
			@RequestParam(required = false) Long organisationId, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		MonitoringAccess.require(user);
		if (academicYear != null && !academicYear.matches("\\d{4}/\\d{4}")) {
			throw new InvalidInput("Учебный год указывается так: 2026/2027");
		}
		List<Programme> chosen = user.tenantIds().isEmpty() ? List.of()
				: programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(user.tenantIds())
					.stream()
					.filter(programme -> academicYear == null || programme.getAcademicYear().equals(academicYear))
					.filter(programme -> organisationId == null
							|| programme.getOrganisation().getId().equals(organisationId))
					.toList();
		return new MonitoringView(academicYear, chosen.stream()
			.map(programme -> new ProgrammeView(programme.getId(), programme.getOrganisation().getName(),
					programme.getAcademicYear(), programme.getAudience().title(),
					GrowthView.of(growth.of(programme)), SatisfactionView.of(satisfaction.of(programme)),
					QualityView.of(quality.view(programme))))
			.toList(), GrowthView.of(growth.of(chosen)));
	}
}
