package ru.nastavnik.celebration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.Person;
import ru.nastavnik.partner.Partner;
import ru.nastavnik.partner.PartnerRegister;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/**
 * The invitations to the programme's final event (step 28): the guests of the chosen groups — the adult participants of
 * the pairs that worked, the legal representatives of the minors, the organisation's partners, the municipality's
 * curator, the directors of the municipality's other organisations — each invited once by a mail with the event for
 * the calendar, or listed to be handed an invitation in person; the step's record says how many and how.
 */
@Service
public class Celebration {

	static final String STEP = "sendInvitations";

	static final String TEMPLATE = "celebration-invitation";

	private final FinalEvents events;

	private final Guests guests;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final PartnerRegister partners;

	private final Organisations organisations;

	private final Outbox outbox;

	private final StepLog stepLog;

	private final Clock clock;

	Celebration(FinalEvents events, Guests guests, MentoringPairs pairs, Participants participants,
			ParticipantConsents consents, PartnerRegister partners, Organisations organisations, Outbox outbox,
			StepLog stepLog, Clock clock) {
		this.events = events;
		this.guests = guests;
		this.pairs = pairs;
		this.participants = participants;
		this.consents = consents;
		this.partners = partners;
		this.organisations = organisations;
		this.outbox = outbox;
		this.stepLog = stepLog;
		this.clock = clock;
	}

	/** The event as the administration sets it: the day, the start, how long, where, whom to invite. */
	public record Invitation(LocalDate on, LocalTime at, int minutes, String place, Set<GuestGroup> groups) {
	}

	/** One guest to invite, before the mails: who, and whether a mail can reach them. */
	record Invitee(GuestGroup group, String name, Long participantId, Person addressee, Partner partner,
			Organisation organisation) {

		boolean reachable() {
			return switch (group) {
				case PARTICIPANTS, REPRESENTATIVES -> addressee != null && addressee.getEmail() != null
						&& !addressee.getEmail().isBlank();
				case PARTNERS -> partner.getEmail() != null;
				case MUNICIPALITY, ORGANISATIONS -> true;
			};
		}
	}

	/** Who each group would invite now, with how many of them a mail reaches. */
	@Transactional(readOnly = true)
	public Map<GuestGroup, int[]> preview(Programme programme) {
		Map<GuestGroup, int[]> counts = new EnumMap<>(GuestGroup.class);
		for (GuestGroup group : GuestGroup.values()) {
			counts.put(group, new int[2]);
		}
		invitees(programme, EnumSet.allOf(GuestGroup.class)).forEach(invitee -> {
			counts.get(invitee.group())[0]++;
			if (invitee.reachable()) {
				counts.get(invitee.group())[1]++;
			}
		});
		return counts;
	}

	/** The invitees of the groups, in the order of the groups. */
	private List<Invitee> invitees(Programme programme, Set<GuestGroup> groups) {
		List<Invitee> invitees = new ArrayList<>();
		Organisation own = programme.getOrganisation();
		if (groups.contains(GuestGroup.PARTICIPANTS) || groups.contains(GuestGroup.REPRESENTATIVES)) {
			Map<Long, Boolean> ids = new LinkedHashMap<>();
			for (MentoringPair pair : pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
					List.of(PairStatus.ACTIVE, PairStatus.COMPLETED))) {
				ids.putIfAbsent(pair.getMentorId(), true);
				ids.putIfAbsent(pair.getMenteeId(), true);
			}
			for (Participant participant : participants.findAllById(ids.keySet())) {
				if (participant.getStatus() == ParticipantStatus.WITHDRAWN || !consents.processingAllowed(participant)) {
					continue;
				}
				if (participant.isMinor() && groups.contains(GuestGroup.REPRESENTATIVES)) {
					invitees.add(new Invitee(GuestGroup.REPRESENTATIVES, participant.displayName(), participant.getId(),
							participant.getRepresentative(), null, null));
				}
				else if (!participant.isMinor() && groups.contains(GuestGroup.PARTICIPANTS)) {
					invitees.add(new Invitee(GuestGroup.PARTICIPANTS, participant.displayName(), participant.getId(),
							participant.getPerson(), null, null));
				}
			}
		}
		if (groups.contains(GuestGroup.PARTNERS)) {
			partners.of(own).forEach(partner -> invitees.add(new Invitee(GuestGroup.PARTNERS, partner.getName(), null,
					null, partner, null)));
		}
		if (own.getMunicipality() != null
				&& (groups.contains(GuestGroup.MUNICIPALITY) || groups.contains(GuestGroup.ORGANISATIONS))) {
			for (Organisation other : organisations.findByMunicipalityIdOrderByName(own.getMunicipality().getId())) {
				boolean authority = other.getKind() == OrganisationKind.AUTHORITY;
				if (authority && groups.contains(GuestGroup.MUNICIPALITY)) {
					invitees.add(new Invitee(GuestGroup.MUNICIPALITY, other.getName(), null, null, null, other));
				}
				else if (!authority && !other.getId().equals(own.getId()) && groups.contains(GuestGroup.ORGANISATIONS)) {
					invitees.add(new Invitee(GuestGroup.ORGANISATIONS, other.getName(), null, null, null, other));
				}
			}
		}
		return invitees;
	}

	/**
	 * Invites the guests of the chosen groups to the event, once: a mail each with the event for the calendar, or
	 * listed to be handed in person; the roadmap step is recorded with the counts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FinalEvent invite(Programme programme, Invitation invitation, String by) {
		if (events.findByProgrammeId(programme.getId()).isPresent()) {
			throw new StateConflict("Приглашения на торжественное мероприятие программы уже разосланы");
		}
		Instant starts = invitation.on().atTime(invitation.at()).atZone(programme.getZone()).toInstant();
		Instant ends = starts.plus(Duration.ofMinutes(invitation.minutes()));
		FinalEvent event = events.save(new FinalEvent(programme.getId(), starts, ends, invitation.place(),
				clock.instant(), by));
		Organisation own = programme.getOrganisation();
		String when = RussianDates.format(invitation.on()) + " в " + invitation.at();
		Outbox.Attachment calendar = new Outbox.Attachment("torzhestvennoe-meropriyatie.ics", "text/calendar",
				calendar(event, own));
		Map<GuestGroup, int[]> counts = new EnumMap<>(GuestGroup.class);
		for (Invitee invitee : invitees(programme, invitation.groups())) {
			Map<String, Object> model = new HashMap<>();
			model.put("when", when);
			model.put("place", invitation.place());
			model.put("representative", invitee.group() == GuestGroup.REPRESENTATIVES);
			model.put("child", invitee.name());
			// another organisation's people read the name of the one that invites them
			model.put("inviter", own.getName());
			int mailed = 0;
			if (invitee.reachable()) {
				switch (invitee.group()) {
					case PARTICIPANTS, REPRESENTATIVES -> {
						model.put("recipient", invitee.addressee().getFullName());
						outbox.postToPerson(own.getTenantId(), invitee.addressee().getId(), TEMPLATE, model, calendar);
						mailed = 1;
					}
					case PARTNERS -> {
						model.put("recipient", invitee.partner().getContactPerson() != null
								? invitee.partner().getContactPerson() : invitee.partner().getName());
						outbox.postToAddress(own.getTenantId(), invitee.partner().getEmail(), TEMPLATE, model,
								calendar);
						mailed = 1;
					}
					case MUNICIPALITY -> mailed = outbox.postToOrganisationRoles(invitee.organisation().getTenantId(),
							Set.of(Role.MUNICIPAL_CURATOR), TEMPLATE, model, calendar).size();
					case ORGANISATIONS -> mailed = outbox.postToOrganisationRoles(invitee.organisation().getTenantId(),
							Set.of(Role.DIRECTOR), TEMPLATE, model, calendar).size();
				}
			}
			guests.save(new Guest(event.getId(), invitee.group(), invitee.name(), invitee.participantId(),
					invitee.partner() == null ? null : invitee.partner().getId(),
					invitee.organisation() == null ? null : invitee.organisation().getId(), mailed));
			int[] count = counts.computeIfAbsent(invitee.group(), group -> new int[2]);
			count[0]++;
			if (mailed > 0) {
				count[1]++;
			}
		}
		int invited = counts.values().stream().mapToInt(count -> count[0]).sum();
		int inPerson = counts.values().stream().mapToInt(count -> count[0] - count[1]).sum();
		List<String> byGroup = new ArrayList<>();
		counts.forEach((group, count) -> byGroup.add(group.title() + " — " + count[0]));
		stepLog.held(programme.getId(), STEP, invited, "Торжественное мероприятие: " + when + ", " + invitation.place()
				+ ". Приглашено: " + invited + " (по почте — " + (invited - inPerson) + ", вручить лично — " + inPerson
				+ ")" + (byGroup.isEmpty() ? "." : ": " + String.join("; ", byGroup) + "."), by);
		return event;
	}

	/** The event for the guests' calendars (iCalendar). */
	private static byte[] calendar(FinalEvent event, Organisation organisation) {
		ICalendar calendar = new ICalendar();
		VEvent vevent = new VEvent();
		vevent.setUid("final-event-" + event.getId() + "@nastavnik");
		vevent.setSummary("Торжественное мероприятие: итоги программы наставничества — " + organisation.getName());
		vevent.setDateStart(Date.from(event.getStartsAt()), true);
		vevent.setDateEnd(Date.from(event.getEndsAt()), true);
		vevent.setLocation(event.getPlace());
		vevent.setOrganizer(organisation.getName());
		calendar.addEvent(vevent);
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}

	/** The participant's consent was revoked: the list of guests no longer names them. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void forget(Long participantId) {
		guests.findByParticipantId(participantId).forEach(Guest::forgetParticipant);
	}
}
