package ru.nastavnik.programme;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;

@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Программы наставничества", description = "Программы организаций и их планы")
class ProgrammeController {

	private final ProgrammeManagement management;

	private final RoadmapDocument roadmap;

	private final ProgrammeProgress progress;

	private final PlanRescheduling rescheduling;

	private final ProgrammeListing listing;

	ProgrammeController(ProgrammeManagement management, RoadmapDocument roadmap, ProgrammeProgress progress,
			PlanRescheduling rescheduling, ProgrammeListing listing) {
		this.management = management;
		this.roadmap = roadmap;
		this.progress = progress;
		this.rescheduling = rescheduling;
		this.listing = listing;
	}

	record StartProgramme(
			@NotNull(message = "Укажите организацию (organisationId)") Long organisationId,
			@NotBlank(message = "Укажите учебный год (academicYear), например «2026/2027»")
			@Pattern(regexp = "\\d{4}/\\d{4}", message = "Учебный год указывается как «2026/2027»")
			String academicYear,
			ProgrammeAudience audience) {
	}

	record PlanStepView(int stage, String step, String title, String responsibleGroups, LocalDate dueOn) {

		static PlanStepView of(PlanStep step) {
			return new PlanStepView(step.getStage(), step.getStep(), step.getTitle(), step.getResponsibleGroup(),
					step.getDueOn());
		}
	}

	/** The number of all the programmes the person sees, when the list is read by pages. */
	static final String TOTAL_COUNT = "X-Total-Count";

	/**
	 * Without {@code page} and {@code size}, every programme the person sees (as before paging); with either, one page
	 * and the number of all in {@value #TOTAL_COUNT}. Either way a few queries, whatever the number of programmes: the
	 * programmes with their organisations' names in one, their progress in four.
	 */
	@GetMapping
	@Operation(summary = "Программы организаций пользователя: этап, число просроченных шагов, процент выполнения; "
			+ "по страницам — с параметрами page и size, общее число — в заголовке X-Total-Count")
	ResponseEntity<List<ProgrammeView>> list(
			@Parameter(description = "Номер страницы, с 0; без page и size — весь список")
			@RequestParam(required = false) Integer page,
			@Parameter(description = "Программ на странице: от 1 до " + ProgrammeListing.MAX_PAGE_SIZE + ", по умолчанию "
					+ ProgrammeListing.DEFAULT_PAGE_SIZE)
			@RequestParam(required = false) Integer size,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (page == null && size == null) {
			return ResponseEntity.ok(listing.all(user));
		}
		Page<ProgrammeView> visible = listing.page(user, page, size);
		return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(visible.getTotalElements()))
			.body(visible.getContent());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Программа наставничества по идентификатору")
	ProgrammeView get(@PathVariable Long id, Authentication authentication) {
		return listing.view(management.get(id, CurrentUser.of(authentication)));
	}

	@GetMapping("/{id}/overdue")
	@Operation(summary = "Просроченные шаги программы: шаг, срок, на сколько дней просрочен")
	List<ProgrammeProgress.OverdueStep> overdue(@PathVariable Long id, Authentication authentication) {
		return progress.overdue(management.get(id, CurrentUser.of(authentication)));
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "План программы (дорожная карта): шаги, ответственные и сроки")
	List<PlanStepView> plan(@PathVariable Long id, Authentication authentication) {
		return management.plan(id, CurrentUser.of(authentication)).stream().map(PlanStepView::of).toList();
	}

	record RescheduleStep(
			@NotNull(message = "Укажите новый срок (dueOn) в формате ГГГГ-ММ-ДД") LocalDate dueOn,
			@NotBlank(message = "Укажите причину изменения (reason)")
			@Size(min = 5, max = 1000, message = "Причина изменения — от 5 до 1000 символов") String reason) {
	}

	record PlanChangeView(Long id, String step, LocalDate previousDueOn, LocalDate requestedDueOn, String reason,
			String requestedBy, String status, String decidedBy, String decisionComment) {

		static PlanChangeView of(PlanChange change) {
			return new PlanChangeView(change.getId(), change.getStep(), change.getPreviousDueOn(),
					change.getRequestedDueOn(), change.getReason(), change.getRequestedBy(), change.getStatus().name(),
					change.getApproval().map(Approval::getDecidedBy).orElse(null),
					change.getApproval().map(Approval::getComment).orElse(null));
		}
	}

	@PostMapping("/{id}/plan/{step}/changes")
	@Operation(summary = "Изменить срок шага плана: сразу до утверждения дорожной карты, после — через руководителя")
	ResponseEntity<PlanChangeView> reschedule(@PathVariable Long id, @PathVariable String step,
			@Valid @RequestBody RescheduleStep request, Authentication authentication) {
		PlanChange change = rescheduling.request(id, step, request.dueOn(), request.reason(),
				CurrentUser.of(authentication));
		HttpStatus status = change.getStatus() == PlanChange.Status.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK;
		return ResponseEntity.status(status).body(PlanChangeView.of(change));
	}

	@GetMapping(value = "/{id}/roadmap.xlsx")
	@Operation(summary = "Документ «Дорожная карта» программы в формате XLSX")
	ResponseEntity<byte[]> roadmapXlsx(@PathVariable Long id, Authentication authentication) {
		Programme programme = management.get(id, CurrentUser.of(authentication));
		return Attachments.download(roadmap.xlsx(programme, management.planOf(programme)), "roadmap-" + id + ".xlsx",
				Attachments.XLSX);
	}

	@GetMapping(value = "/{id}/roadmap.pdf")
	@Operation(summary = "Документ «Дорожная карта» программы в формате PDF")
	ResponseEntity<byte[]> roadmapPdf(@PathVariable Long id, Authentication authentication) {
		Programme programme = management.get(id, CurrentUser.of(authentication));
		return Attachments.download(roadmap.pdf(programme, management.planOf(programme)), "roadmap-" + id + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@PostMapping
	@Operation(summary = "Запустить программу наставничества организации на учебный год")
	ResponseEntity<ProgrammeView> start(@Valid @RequestBody StartProgramme request, Authentication authentication) {
		Programme programme = management.start(request.organisationId(), request.academicYear(), request.audience(),
				CurrentUser.of(authentication));
		return ResponseEntity.created(URI.create("/api/programmes/" + programme.getId()))
			.body(listing.view(programme));
	}
}
