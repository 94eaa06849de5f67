package ru.nastavnik.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.programme.Programme;

/**
 * Lists checked on a page and then imported in the background, so a list of thousands of people never holds the page:
 * the page shows the check, then how many are written so far, then the result. A job belongs to the person who
 * uploaded the file and to its programme; it is kept an hour, the file only until it is imported.
 */
@Service
class ImportJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

	static final Duration KEPT = Duration.ofHours(1);

	enum State {
		CHECKED, RUNNING, DONE, FAILED
	}

	/** One uploaded list: its check, and once started, its progress and outcome. */
	static final class Job {

		final String id = UUID.randomUUID().toString();

		final Long programmeId;

		final String owner;

		final String fileName;

		final ParticipantList.Result check;

		final Instant createdAt;

		final AtomicInteger written = new AtomicInteger();

		volatile byte[] content;

		volatile State state = State.CHECKED;

		volatile int toWrite;

		volatile ParticipantImport outcome;

		volatile String failure;

		Job(Long programmeId, String owner, String fileName, byte[] content, ParticipantList.Result check,
				Instant createdAt) {
			this.programmeId = programmeId;
			this.owner = owner;
			this.fileName = fileName;
			this.content = content;
			this.check = check;
			this.createdAt = createdAt;
		}

		public String getId() {
			return id;
		}

		public String getFileName() {
			return fileName;
		}

		public State getState() {
			return state;
		}

		public int getTotalRows() {
			return check.totalRows();
		}

		public int getValidRows() {
			return check.validRows().size();
		}

		public List<RowProblem> getProblems() {
			return check.problems();
		}

		public int getWritten() {
			return written.get();
		}

		public int getToWrite() {
			return toWrite;
		}

		public int getPercent() {
			return toWrite == 0 ? 0 : written.get() * 100 / toWrite;
		}

		public ParticipantImport getOutcome() {
			return outcome;
		}

		public String getFailure() {
			return failure;
		}
	}

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ParticipantImporter importer;

	/** One list at a time: each import is one transaction over thousands of rows, and they queue behind each other. */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final Clock clock;

	ImportJobs(ParticipantImporter importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("participant-import-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	/** Checks the file and keeps it for the person to import: nothing is written yet. */
	Job check(Programme programme, String owner, String fileName, byte[] content) {
		forgetOld();
		Job job = new Job(programme.getId(), owner, fileName, content,
				importer.preview(programme, fileName, content), clock.instant());
		jobs.put(job.id, job);
		return job;
	}

	/** The person's own job for the programme, if it is still kept. */
	Optional<Job> find(String id, Long programmeId, String owner) {
		return Optional.ofNullable(jobs.get(id))
			.filter(job -> job.programmeId.equals(programmeId) && job.owner.equals(owner));
	}

	/** Starts writing the list in the background; a job already started is left as it is. */
	synchronized void start(Job job, Programme programme, boolean onlyValidRows) {
		if (job.state != State.CHECKED) {
			return;
		}
		job.state = State.RUNNING;
		job.toWrite = onlyValidRows || !job.check.hasProblems() ? job.check.validRows().size() : 0;
		executor.execute(() -> {
			try {
				job.outcome = importer.importList(programme, job.fileName, job.content, onlyValidRows, job.owner,
						job.written::set);
				job.state = State.DONE;
			}
			catch (DomainProblem | ImportFileRejected | ParticipantImporter.RowsRejected refused) {
				job.failure = refused instanceof ParticipantImporter.RowsRejected
						? "В файле есть ошибки: ничего не загружено. Исправьте файл или загрузите только верные строки"
						: refused.getMessage();
				job.state = State.FAILED;
			}
			catch (RuntimeException e) {
				LOG.error("Загрузка списка {} не удалась", job.fileName, e);
				job.failure = "Список не загружен из-за внутренней ошибки; она записана в журнал. Ничего не записано";
				job.state = State.FAILED;
			}
			finally {
				job.content = null;
			}
		});
	}

	private void forgetOld() {
		Instant oldest = clock.instant().minus(KEPT);
		jobs.values().removeIf(job -> job.createdAt.isBefore(oldest) && job.state != State.RUNNING);
	}
}
