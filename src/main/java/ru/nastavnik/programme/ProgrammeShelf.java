package ru.nastavnik.programme;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.PeopleNames;
import ru.nastavnik.time.RussianDates;

/** The programme's own documents: every version of the regulation and of the roadmap with its decision. */
@Component
class ProgrammeShelf implements ProgrammeDocumentShelf {

	private final ProgrammeDocuments documents;

	private final PeopleNames names;

	ProgrammeShelf(ProgrammeDocuments documents, PeopleNames names) {
		this.documents = documents;
		this.names = names;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<Entry> documents(Programme programme, CurrentUser user) {
		List<Entry> entries = new ArrayList<>();
		ZoneId zone = programme.getZone();
		for (DocumentKind kind : DocumentKind.values()) {
			List<ProgrammeDocument> versions = new ArrayList<>(
					documents.findByProgrammeIdAndKindOrderByVersion(programme.getId(), kind));
			Collections.reverse(versions);
			for (ProgrammeDocument version : versions) {
				entries.add(new Entry(kind.title(), version.getReference() + ", версия " + version.getVersion(),
						names.of(version.getDraftedBy()) + ", " + RussianDates.formatWithTime(version.getDraftedAt(), zone),
						version.getApproval().map(approval -> approval.told(zone)).orElse("на утверждении у руководителя"),
						kind == DocumentKind.ROADMAP ? "/api/programmes/" + programme.getId() + "/roadmap.pdf" : null));
			}
		}
		return entries;
	}
}
