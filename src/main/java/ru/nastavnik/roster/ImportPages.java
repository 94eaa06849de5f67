package ru.nastavnik.roster;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.participant.ParticipantAccess;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.WebPage;

/**
 * Loading a list of participants on a page: upload the file, read the errors of each row in a table before anything
 * is written, then load every row (only when there are none) or only the valid rows, and watch it being written.
 * The same check and the same all-or-nothing rule as {@code /api/imports}.
 */
@WebPage
class ImportPages {

	private final ParticipantAccess access;

	private final ImportJobs jobs;

	private final ParticipantImporter importer;

	ImportPages(ParticipantAccess access, ImportJobs jobs, ParticipantImporter importer) {
		this.access = access;
		this.jobs = jobs;
		this.importer = importer;
	}

	/** A list loaded earlier, as the page shows it. */
	record Loaded(String fileName, int totalRows, int importedRows, int skippedRows, String importedBy,
			String importedAt) {
	}

	private List<Loaded> history(Programme programme) {
		return importer.history(programme).stream()
			.map(done -> new Loaded(done.getFileName(), done.getTotalRows(), done.getImportedRows(),
					done.getSkippedRows(), done.getImportedBy(), RussianDates.formatWithTime(done.getImportedAt(),
							programme.getZone())))
			.toList();
	}

	@GetMapping("/programmes/{id}/imports")
	String upload(@PathVariable Long id, Authentication authentication, Model model) {
		Programme programme = access.programmeToWrite(id, CurrentUser.of(authentication));
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("history", history(programme));
		return "roster/upload";
	}

	@PostMapping("/programmes/{id}/imports")
	ModelAndView check(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(id, user);
		String refusal = null;
		if (file == null || file.isEmpty()) {
			refusal = "Выберите файл списка (XLSX или CSV)";
		}
		else {
			try {
				ImportJobs.Job job = jobs.check(programme, user.login(), file.getOriginalFilename(),
						ImportController.bytes(file));
				return new ModelAndView("redirect:/programmes/" + id + "/imports/" + job.getId());
			}
			catch (ImportFileRejected rejected) {
				refusal = rejected.getMessage();
			}
		}
		ModelAndView page = new ModelAndView("roster/upload", HttpStatus.UNPROCESSABLE_ENTITY);
		page.addObject("programme", ProgrammeHeading.of(programme));
		page.addObject("history", history(programme));
		page.addObject("refusal", refusal);
		return page;
	}

	/** The check of the file, or the import's progress (the page refreshes itself while it runs), or its outcome. */
	@GetMapping("/programmes/{id}/imports/{job}")
	String job(@PathVariable Long id, @PathVariable String job, Authentication authentication, Model model) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(id, user);
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("job", own(job, id, user));
		return "roster/job";
	}

	@PostMapping("/programmes/{id}/imports/{job}")
	String start(@PathVariable Long id, @PathVariable String job,
			@RequestParam(defaultValue = "false") boolean onlyValidRows, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(id, user);
		jobs.start(own(job, id, user), programme, onlyValidRows);
		return "redirect:/programmes/" + id + "/imports/" + job;
	}

	private ImportJobs.Job own(String job, Long programmeId, CurrentUser user) {
		return jobs.find(job, programmeId, user.login())
			.orElseThrow(() -> new NotFound("Загрузка не найдена: проверенный файл хранится час — загрузите его снова"));
	}
}
