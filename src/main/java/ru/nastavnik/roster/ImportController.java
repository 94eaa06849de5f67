package ru.nastavnik.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.participant.ParticipantAccess;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Problems;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Загрузка списков участников", description = "XLSX или CSV: ФИО, дата рождения, класс или должность, роль, "
		+ "e-mail, телефон, законный представитель")
class ImportController {

	private final ParticipantAccess access;

	private final ParticipantImporter importer;

	ImportController(ParticipantAccess access, ParticipantImporter importer) {
		this.access = access;
		this.importer = importer;
	}

	record Preview(int totalRows, int validRows, List<RowProblem> problems) {

		static Preview of(ParticipantList.Result result) {
			return new Preview(result.totalRows(), result.validRows().size(), result.problems());
		}
	}

	record ImportView(Long id, Long programmeId, String fileName, int totalRows, int importedRows, int skippedRows,
			String importedBy, Instant importedAt) {

		static ImportView of(ParticipantImport done) {
			return new ImportView(done.getId(), done.getProgrammeId(), done.getFileName(), done.getTotalRows(),
					done.getImportedRows(), done.getSkippedRows(), done.getImportedBy(), done.getImportedAt());
		}
	}

	@PostMapping(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Проверить файл: ошибки по строкам, ничего не записывается")
	Preview preview(@RequestParam Long programmeId, @RequestPart("file") MultipartFile file,
			Authentication authentication) {
		Programme programme = access.programmeToWrite(programmeId, CurrentUser.of(authentication));
		return Preview.of(importer.preview(programme, file.getOriginalFilename(), bytes(file)));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Загрузить список: всё или ничего; с onlyValidRows=true — только верные строки")
	ResponseEntity<ImportView> importList(@RequestParam Long programmeId, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean onlyValidRows, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(programmeId, user);
		ParticipantImport done = importer.importList(programme, file.getOriginalFilename(), bytes(file),
				onlyValidRows, user.login());
		return ResponseEntity.created(URI.create("/api/imports/" + done.getId())).body(ImportView.of(done));
	}

	@GetMapping
	@Operation(summary = "Загрузки списков в программу")
	List<ImportView> history(@RequestParam Long programmeId, Authentication authentication) {
		Programme programme = access.programmeToWrite(programmeId, CurrentUser.of(authentication));
		return importer.history(programme).stream().map(ImportView::of).toList();
	}

	@ExceptionHandler(ImportFileRejected.class)
	ProblemDetail fileRejected(ImportFileRejected e) {
		return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Файл не принят", e.getMessage());
	}

	@ExceptionHandler(ParticipantImporter.RowsRejected.class)
	ProblemDetail rowsRejected(ParticipantImporter.RowsRejected e) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Файл содержит ошибки", e.getMessage());
		problem.setProperty("totalRows", e.result().totalRows());
		problem.setProperty("validRows", e.result().validRows().size());
		problem.setProperty("problems", e.result().problems());
		return problem;
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось прочитать загруженный файл", e);
		}
	}
}
