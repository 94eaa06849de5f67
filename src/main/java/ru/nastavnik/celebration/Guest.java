package ru.nastavnik.celebration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One invitation of a final event: to whom (a participant, a minor's legal representative, a partner, an organisation's
 * people), and how it went — by mail, or to be handed in person to whoever has no address.
 */
@Entity
public class Guest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long eventId;

	@Enumerated(EnumType.STRING)
	private GuestGroup guestGroup;

	/** How the list shows the guest: a participant's short name, a partner's or an organisation's name. */
	private String name;

	private Long participantId;

	private Long partnerId;

	private Long organisationId;

	/** How many mails went out for it: one, none (handed in person), or one per person of an organisation. */
	private int mailed;

	protected Guest() {
	}

	Guest(Long eventId, GuestGroup group, String name, Long participantId, Long partnerId, Long organisationId,
			int mailed) {
		this.eventId = eventId;
		this.guestGroup = group;
		this.name = name;
		this.participantId = participantId;
		this.partnerId = partnerId;
		this.organisationId = organisationId;
		this.mailed = mailed;
	}

	void forgetParticipant() {
		this.participantId = null;
		this.name = "участник отозвал согласие";
	}

	public GuestGroup getGuestGroup() {
		return guestGroup;
	}

	public String getName() {
		return name;
	}

	public int getMailed() {
		return mailed;
	}

	Long getParticipantId() {
		return participantId;
	}
}
