package ru.nastavnik.participant;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.AccessLogEntry.Channel;
import ru.nastavnik.participant.AccessLogEntry.Result;

/**
 * Logs every read of a minor's record: who, when, which record, through which door, with what result. A refused
 * read is logged too, in a transaction of its own, so the refusal's rollback does not take the entry with it.
 */
@Service
public class AccessLog {

	/** Ids per query: a programme's whole list stays within every database's limit of bind parameters. */
	private static final int IDS_PER_QUERY = 1000;

	private final AccessLogEntries entries;

	private final Participants participants;

	private final Clock clock;

	AccessLog(AccessLogEntries entries, Participants participants, Clock clock) {
		this.entries = entries;
		this.participants = participants;
		this.clock = clock;
	}

	/**
	 * Logs the read of those of the participants who are minors. Who is a minor and in which organisation is read
	 * here, in the log's own transaction: the callers' entities are detached by now, and their associations may be
	 * proxies that can no longer load.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(Collection<Long> participantIds, String login, Channel channel, String resource,
			Result result) {
		List<Long> ids = List.copyOf(participantIds);
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			List<AccessLogEntry> logged = participants
				.tenantsOfMinors(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
				.stream()
				.map(minor -> new AccessLogEntry(minor.tenantId(), login, clock.instant(), minor.participantId(),
						channel, resource, result))
				.toList();
			entries.saveAll(logged);
		}
	}

	/** Logs the read of one participant's record, if a minor's. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(Participant participant, String login, Channel channel, String resource, Result result) {
		read(List.of(participant.getId()), login, channel, resource, result);
	}

	/** How a read through {@code /api} is named in the log: method, path and query. */
	public static String resource(jakarta.servlet.http.HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	public List<AccessLogEntry> of(Participant participant) {
		return entries.findByParticipantIdOrderById(participant.getId());
	}
}
