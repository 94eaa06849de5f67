package ru.nastavnik.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.security.CurrentUser;

/**
 * Onboarding from a list: the administrator uploads a file of organisations, reads the problems of each row before
 * anything is written, then loads every row (only when there are none) or only the valid ones — in one transaction,
 * each organisation with its tenant, all or nothing. Who may do it and what makes a row valid is decided by
 * {@link OrganisationOnboarding}, as for one organisation added with the form.
 */
@Service
class OrganisationImports {

	static final Duration KEPT = Duration.ofHours(1);

	/** A kept list and what its check found now. */
	record Checked(OrganisationUpload upload, OrganisationList.Result result) {
	}

	/** What a load wrote: how many organisations were added and how many rows with problems were left out. */
	record Loaded(int added, int skipped) {
	}

	private final OrganisationOnboarding onboarding;

	private final OrganisationUploads uploads;

	private final Clock clock;

	OrganisationImports(OrganisationOnboarding onboarding, OrganisationUploads uploads, Clock clock) {
		this.onboarding = onboarding;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * Checks the file and keeps it for its uploader: no organisation is written yet.
	 *
	 * @throws ImportFileRejected when the file cannot be read as a list of organisations at all
	 */
	@Transactional
	OrganisationUpload upload(String fileName, byte[] content, CurrentUser by) {
		onboarding.requireOnboarder(by);
		read(fileName, content, by);
		uploads.deleteUploadedBefore(clock.instant().minus(KEPT));
		return uploads.save(new OrganisationUpload(fileName == null || fileName.isBlank() ? "без имени" : fileName,
				by.login(), clock.instant(), content));
	}

	/** The uploader's kept list, checked against the organisations there are now. */
	@Transactional(readOnly = true)
	Checked check(String id, CurrentUser by) {
		onboarding.requireOnboarder(by);
		OrganisationUpload upload = own(id, by);
		return new Checked(upload, read(upload.getFileName(), upload.getContent(), by));
	}

	/** Adds the list's organisations — all rows, or only the valid ones when the person chose so — and forgets it. */
	@Transactional
	Loaded load(String id, boolean onlyValidRows, CurrentUser by) {
		onboarding.requireOnboarder(by);
		OrganisationUpload upload = own(id, by);
		OrganisationList.Result result = read(upload.getFileName(), upload.getContent(), by);
		if (result.hasProblems() && !onlyValidRows) {
			throw new InvalidInput("В файле есть ошибки: ничего не загружено. Исправьте файл или загрузите только "
					+ "верные строки");
		}
		if (result.validRows().isEmpty()) {
			throw new RuleViolation("В файле нет ни одной верной строки: ничего не загружено");
		}
		List<OrganisationOnboarding.NewOrganisation> organisations = result.validRows().stream()
			.map(OrganisationList.Row::organisation)
			.toList();
		onboarding.addAll(organisations, by);
		uploads.delete(upload);
		return new Loaded(organisations.size(), result.totalRows() - organisations.size());
	}

	private OrganisationList.Result read(String fileName, byte[] content, CurrentUser by) {
		return OrganisationList.read(fileName, content, input -> onboarding.check(input, by));
	}

	private OrganisationUpload own(String id, CurrentUser by) {
		return uploads.findByIdAndUploadedBy(id, by.login())
			.orElseThrow(() -> new NotFound("Проверенный список не найден: он хранится час — загрузите файл снова"));
	}
}
