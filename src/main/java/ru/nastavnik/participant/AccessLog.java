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

	private final AccessLogEntries entries;

	private final Clock clock;

	AccessLog(AccessLogEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(Collection<Participant> participants, String login, Channel channel, String resource,
			Result result) {
		List<AccessLogEntry> logged = participants.stream()
			.filter(Participant::isMinor)
			.map(participant -> new AccessLogEntry(participant.tenantId(), login, clock.instant(),
					participant.getId(), channel, resource, result))
			.toList();
		entries.saveAll(logged);
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
