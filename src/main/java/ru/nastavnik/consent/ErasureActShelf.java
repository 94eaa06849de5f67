package ru.nastavnik.consent;

import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeDocumentShelf;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;

/** The acts of erasure drawn up in the programme, for the roles that read them; each names the participant by number. */
@Component
class ErasureActShelf implements ProgrammeDocumentShelf {

	private final ErasureRecords records;

	ErasureActShelf(ErasureRecords records) {
		this.records = records;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Entry> documents(Programme programme, CurrentUser user) {
		if (!ErasureActs.readBy(user)) {
			return List.of();
		}
		return records.findSummariesByProgrammeIdOrderByIdDesc(programme.getId()).stream()
			.map(act -> new Entry("Акт об уничтожении персональных данных", "№ " + act.getNumber() + " от "
					+ RussianDates.format(act.getActDate()) + " — " + act.getReason(),
					act.getCreatedBy() + ", " + RussianDates.formatWithTime(act.getCreatedAt(), programme.getZone()), null,
					"/api/erasure-acts/" + act.getId() + ".pdf"))
			.toList();
	}
}
