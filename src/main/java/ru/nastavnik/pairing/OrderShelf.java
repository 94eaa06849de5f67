package ru.nastavnik.pairing;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeDocumentShelf;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;

/** The director's orders on pairs, every version, for the roles that read them. */
@Component
class OrderShelf implements ProgrammeDocumentShelf {

	private final PairingOrders orders;

	OrderShelf(PairingOrders orders) {
		this.orders = orders;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<Entry> documents(Programme programme, CurrentUser user) {
		if (PairingAccess.ORDER_READERS.stream().noneMatch(user::has)) {
			return List.of();
		}
		ZoneId zone = programme.getZone();
		return orders.versions(programme.getId()).stream()
			.map(version -> new Entry("Приказ «" + version.kind().title() + "»",
					"№ " + version.number() + ", версия " + version.version(),
					version.draftedBy() + ", " + RussianDates.formatWithTime(version.draftedAt(), zone),
					version.decidedBy() == null ? version.status().title()
							: version.status().title() + ": " + version.decidedBy() + ", "
									+ RussianDates.formatWithTime(version.decidedAt(), zone)
									+ (version.returnComment() == null ? "" : " — «" + version.returnComment() + "»"),
					"/api/orders/" + version.id() + "/pdf"))
			.toList();
	}
}
