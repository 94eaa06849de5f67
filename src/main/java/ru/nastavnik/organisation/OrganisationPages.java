package ru.nastavnik.organisation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.Attachments;
import ru.nastavnik.web.WebPage;

/**
 * The organisations on the administrator's pages: every organisation with its size, the form to add one, and the
 * upload of a list of them — its rows' problems shown before anything is written, then all or only the valid rows.
 */
@WebPage
class OrganisationPages {

	private final OrganisationOnboarding onboarding;

	private final OrganisationImports imports;

	private final OrganisationStewards stewards;

	OrganisationPages(OrganisationOnboarding onboarding, OrganisationImports imports, OrganisationStewards stewards) {
		this.onboarding = onboarding;
		this.imports = imports;
		this.stewards = stewards;
	}

	private static final OrganisationOnboarding.NewOrganisation EMPTY = new OrganisationOnboarding.NewOrganisation(
			null, null, null, null, null, null, null, OrganisationZone.MOSCOW);

	/** The checked list as its page shows it. */
	record CheckedList(String id, String fileName, int totalRows, int validRows, List<RowProblem> problems) {
	}

	@GetMapping("/organisations")
	@Transactional(readOnly = true)
	String list(Authentication authentication, Model model) {
		onboarding.requireOnboarder(CurrentUser.of(authentication));
		fill(model.asMap(), emptyFor(CurrentUser.of(authentication)), CurrentUser.of(authentication));
		return "organisation/list";
	}

	@PostMapping("/organisations")
	ModelAndView add(@ModelAttribute OrganisationOnboarding.NewOrganisation form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		onboarding.requireOnboarder(user);
		try {
			Organisation organisation = onboarding.add(form, user);
			redirect.addFlashAttribute("done", "Организация «" + organisation.getName() + "» добавлена");
			return new ModelAndView("redirect:/organisations");
		}
		catch (OrganisationRefused refused) {
			ModelAndView page = new ModelAndView("organisation/list", HttpStatus.UNPROCESSABLE_ENTITY);
			fill(page.getModel(), form, user);
			page.addObject("errors", refused.refusals().stream().collect(Collectors.toMap(
					refusal -> refusal.field().name(), OrganisationOnboarding.Refusal::message, (a, b) -> a)));
			return page;
		}
	}

	@GetMapping("/organisations/template.xlsx")
	ResponseEntity<byte[]> template(Authentication authentication) {
		onboarding.requireOnboarder(CurrentUser.of(authentication));
		return Attachments.download(OrganisationList.template(), "organizacii-shablon.xlsx", Attachments.XLSX);
	}

	@PostMapping("/organisations/imports")
	ModelAndView upload(@RequestParam(required = false) MultipartFile file, Authentication authentication)
			throws IOException {
		CurrentUser user = CurrentUser.of(authentication);
		onboarding.requireOnboarder(user);
		String refusal;
		if (file == null || file.isEmpty()) {
			refusal = "Выберите файл списка организаций (XLSX)";
		}
		else {
			try {
				OrganisationUpload upload = imports.upload(file.getOriginalFilename(), file.getBytes(), user);
				return new ModelAndView("redirect:/organisations/imports/" + upload.getId());
			}
			catch (ImportFileRejected rejected) {
				refusal = rejected.getMessage();
			}
		}
		ModelAndView page = new ModelAndView("organisation/list", HttpStatus.UNPROCESSABLE_ENTITY);
		fill(page.getModel(), emptyFor(user), user);
		page.addObject("fileError", refusal);
		return page;
	}

	/** The check of the kept list: its rows' problems, and what may be loaded. */
	@GetMapping("/organisations/imports/{id}")
	String checked(@PathVariable String id, Authentication authentication, Model model) {
		model.addAttribute("list", view(imports.check(id, CurrentUser.of(authentication))));
		return "organisation/import";
	}

	@PostMapping("/organisations/imports/{id}")
	ModelAndView load(@PathVariable String id, @RequestParam(defaultValue = "false") boolean onlyValidRows,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		try {
			OrganisationImports.Loaded loaded = imports.load(id, onlyValidRows, user);
			redirect.addFlashAttribute("done", "Список загружен: добавлено организаций — " + loaded.added()
					+ ", пропущено строк с ошибками — " + loaded.skipped());
			return new ModelAndView("redirect:/organisations");
		}
		catch (InvalidInput | RuleViolation refused) {
			return new ModelAndView("organisation/import", HttpStatus.UNPROCESSABLE_ENTITY)
				.addObject("list", view(imports.check(id, user)))
				.addObject("refusal", refused.getMessage());
		}
	}

	private static CheckedList view(OrganisationImports.Checked checked) {
		return new CheckedList(checked.upload().getId(), checked.upload().getFileName(),
				checked.result().totalRows(), checked.result().validRows().size(), checked.result().problems());
	}

	/** An empty form; a municipality's administrator finds their municipality filled in. */
	private OrganisationOnboarding.NewOrganisation emptyFor(CurrentUser user) {
		List<String> own = stewards.municipalitiesOf(user).stream().map(Municipality::getName).sorted().toList();
		return own.size() != 1 ? EMPTY : new OrganisationOnboarding.NewOrganisation(null, null, own.get(0), null, null,
				null, null, OrganisationZone.MOSCOW);
	}

	private void fill(Map<String, Object> model, OrganisationOnboarding.NewOrganisation form, CurrentUser user) {
		model.put("organisations", stewards.lookedAfterBy(user));
		// an education authority is added by the system's administrator only
		model.put("kinds", Arrays.stream(OrganisationKind.values())
			.filter(kind -> kind.runsProgrammes() || user.has(Role.ADMIN))
			.toList());
		model.put("zones", OrganisationZone.values());
		model.put("form", form);
		model.putIfAbsent("errors", Map.of());
	}
}
