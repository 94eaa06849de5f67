package ru.nastavnik.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.Programme;

/**
 * A programme's participants as a list shows them, filtered by role, status, the mentee's category and whether the
 * consent to processing is valid today — the same rows for the API and for the workspace's page. A few queries for
 * the whole programme, whatever the number of participants.
 */
@Service
class ParticipantList {

	/** Which participants a list shows; a {@code null} part does not filter. */
	record Filter(ParticipantRole role, ParticipantStatus status, MenteeCategory category, Boolean consentValid) {

		static final Filter ALL = new Filter(null, null, null, null);

		public boolean any() {
			return role != null || status != null || category != null || consentValid != null;
		}
	}

	/** One participant in the list. */
	record Row(Long id, String name, String role, String roleTitle, boolean minor, String classOrPosition,
			String status, String statusTitle, String source, String category, String categoryTitle,
			boolean consentValid) {
	}

	private final Participants participants;

	private final MenteeQuestionnaires mentees;

	private final ParticipantConsents consents;

	private final Clock clock;

	ParticipantList(Participants participants, MenteeQuestionnaires mentees, ParticipantConsents consents,
			Clock clock) {
		this.participants = participants;
		this.mentees = mentees;
		this.consents = consents;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Row> of(Programme programme, Filter filter) {
		List<Participant> all = participants.findByProgrammeIdOrderById(programme.getId());
		List<Long> ids = all.stream().map(Participant::getId).toList();
		Set<Long> consented = consents.processingAllowed(ids, LocalDate.now(clock));
		Map<Long, MenteeCategory> categories = mentees.findAllById(ids).stream()
			.collect(Collectors.toMap(MenteeQuestionnaire::getParticipantId, MenteeQuestionnaire::getCategory));
		return all.stream()
			.map(participant -> row(participant, categories::get, consented.contains(participant.getId())))
			.filter(row -> matches(row, filter))
			.toList();
	}

	private static Row row(Participant participant, Function<Long, MenteeCategory> categories, boolean consentValid) {
		MenteeCategory category = categories.apply(participant.getId());
		return new Row(participant.getId(), participant.displayName(), participant.getRole().name(),
				participant.getRole().title(), participant.isMinor(), participant.getClassOrPosition(),
				participant.getStatus().name(), participant.getStatus().title(), participant.getSource().title(),
				category == null ? null : category.name(), category == null ? null : category.title(), consentValid);
	}

	private static boolean matches(Row row, Filter filter) {
		return (filter.role() == null || filter.role().name().equals(row.role()))
				&& (filter.status() == null || filter.status().name().equals(row.status()))
				&& (filter.category() == null || filter.category().name().equals(row.category()))
				&& (filter.consentValid() == null || filter.consentValid() == row.consentValid());
	}
}
