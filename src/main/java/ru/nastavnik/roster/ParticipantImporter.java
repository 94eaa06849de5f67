package ru.nastavnik.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.participant.Enrolment;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.PersonKey;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.programme.Programme;

/**
 * Imports a school's list of participants (XLSX or CSV). The preview only reads; the import brings in every row or
 * none, unless the person chose to import only the valid rows. Each imported person's enrolment starts with the
 * consent request.
 */
@Service
class ParticipantImporter {

	private final Participants participants;

	private final Enrolment enrolment;

	private final ParticipantImports imports;

	private final Clock clock;

	ParticipantImporter(Participants participants, Enrolment enrolment, ParticipantImports imports, Clock clock) {
		this.participants = participants;
		this.enrolment = enrolment;
		this.imports = imports;
		this.clock = clock;
	}

	/** Rows with problems, thrown when the person did not choose to import only the valid rows. */
	static class RowsRejected extends RuntimeException {

		private final transient ParticipantList.Result result;

		RowsRejected(ParticipantList.Result result) {
			super("В файле есть ошибки в " + result.problems().stream().map(RowProblem::rowNumber).distinct().count()
					+ " строках: ничего не загружено. Исправьте файл или загрузите только верные строки "
					+ "(onlyValidRows=true)");
			this.result = result;
		}

		ParticipantList.Result result() {
			return result;
		}
	}

	@Transactional(readOnly = true)
	ParticipantList.Result preview(Programme programme, String fileName, byte[] content) {
		return read(programme, fileName, content);
	}

	@Transactional
	ParticipantImport importList(Programme programme, String fileName, byte[] content, boolean onlyValidRows,
			String by) {
		return importList(programme, fileName, content, onlyValidRows, by, written -> {
		});
	}

	/** The same, telling {@code progress} how many participants are written so far. */
	@Transactional
	ParticipantImport importList(Programme programme, String fileName, byte[] content, boolean onlyValidRows,
			String by, IntConsumer progress) {
		ParticipantList.Result result = read(programme, fileName, content);
		if (result.hasProblems() && !onlyValidRows) {
			throw new RowsRejected(result);
		}
		if (result.validRows().isEmpty()) {
			throw new RuleViolation("В файле нет ни одной верной строки: ничего не загружено");
		}
		List<NewParticipant> inputs = result.validRows().stream()
			.map(row -> new NewParticipant(row.fullName(), row.birthDate(), row.classOrPosition(), row.role(),
					row.email(), row.phone(), row.representativeName() == null ? null
							: new Representative(row.representativeName(), null, null)))
			.toList();
		enrolment.enrolAll(programme, inputs, by, progress);
		int skipped = result.totalRows() - inputs.size();
		return imports.save(new ParticipantImport(programme.getId(), fileName == null ? "без имени" : fileName,
				result.totalRows(), inputs.size(), skipped, by, clock.instant()));
	}

	List<ParticipantImport> history(Programme programme) {
		return imports.findByProgrammeIdOrderById(programme.getId());
	}

	private ParticipantList.Result read(Programme programme, String fileName, byte[] content) {
		Set<PersonKey> enrolled = new HashSet<>();
		for (Object[] key : participants.enrolledKeys(programme.getId())) {
			enrolled.add(new PersonKey((String) key[0], (LocalDate) key[1]));
		}
		return ParticipantList.read(fileName, content, programme.getStartsOn(), enrolled::contains);
	}
}
