package ru.nastavnik.programme;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.security.Role;

/**
 * Stage I of a programme: what its steps record. Called by the steps' listeners inside the engine's transaction, so a
 * step and its record commit or roll back together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class ProgrammePreparation {

	private final Programmes programmes;

	private final CuratorAppointments appointments;

	private final ProgrammeDocuments documents;

	private final InformingEvents informingEvents;

	private final RoadmapPublications publications;

	private final IdentityService identityService;

	private final Clock clock;

	ProgrammePreparation(Programmes programmes, CuratorAppointments appointments, ProgrammeDocuments documents,
			InformingEvents informingEvents, RoadmapPublications publications, IdentityService identityService,
			Clock clock) {
		this.programmes = programmes;
		this.appointments = appointments;
		this.documents = documents;
		this.informingEvents = informingEvents;
		this.publications = publications;
		this.identityService = identityService;
		this.clock = clock;
	}

	void appointCurator(Long programmeId, String curatorLogin, String orderNumber, LocalDate orderDate, String by) {
		Programme programme = programme(programmeId);
		String tenantId = programme.getOrganisation().getTenantId();
		boolean curatorOfOrganisation = identityService.createUserQuery()
			.userId(curatorLogin)
			.memberOfGroup(Role.CURATOR.groupId())
			.memberOfTenant(tenantId)
			.count() > 0;
		if (!curatorOfOrganisation) {
			throw new InvalidInput("Пользователь «" + curatorLogin + "» не найден среди кураторов организации «"
					+ programme.getOrganisation().getName() + "»");
		}
		programme.appointCurator(curatorLogin);
		appointments.save(new CuratorAppointment(programmeId, curatorLogin, orderNumber, orderDate, by,
				clock.instant()));
	}

	ProgrammeDocument recordDraft(Long programmeId, DocumentKind kind, String reference, String summary, String by) {
		programme(programmeId);
		int version = documents.findFirstByProgrammeIdAndKindOrderByVersionDesc(programmeId, kind)
			.map(previous -> previous.getVersion() + 1)
			.orElse(1);
		return documents.save(new ProgrammeDocument(programmeId, kind, version, reference, summary, by,
				clock.instant()));
	}

	/** The director's decision on the document's latest version. */
	void decide(Long programmeId, DocumentKind kind, Approval approval) {
		documents.findFirstByProgrammeIdAndKindOrderByVersionDesc(programmeId, kind)
			.orElseThrow(() -> new InvalidInput("Документ «" + kind.title() + "» ещё не подготовлен"))
			.decide(approval);
	}

	void recordInformingEvent(Long programmeId, Community community, LocalDate heldOn, int participants,
			String materials, String comment, String by) {
		programme(programmeId);
		informingEvents.save(InformingEvent.held(programmeId, community, heldOn, participants, materials, comment, by,
				clock.instant()));
	}

	void recordInformingNotHeld(Long programmeId, Community community, String reason, String by) {
		programme(programmeId);
		informingEvents.save(InformingEvent.notHeld(programmeId, community, reason, by, clock.instant()));
	}

	void recordPublication(Long programmeId, String url, LocalDate publishedOn, String by) {
		Programme programme = programme(programmeId);
		String site = programme.getOrganisation().getSiteUrl();
		if (site != null && !host(url).equals(host(site))) {
			throw new InvalidInput("Ссылка должна вести на сайт организации (" + host(site) + ")");
		}
		publications.save(new RoadmapPublication(programmeId, url, publishedOn, by, clock.instant()));
	}

	void completePreparation(Long programmeId) {
		programme(programmeId).completePreparation();
	}

	private Programme programme(Long programmeId) {
		return programmes.findById(programmeId)
			.orElseThrow(() -> new IllegalStateException("Программа " + programmeId + " не найдена"));
	}

	private static String host(String url) {
		try {
			String host = URI.create(url.strip()).getHost();
			if (host == null) {
				throw new InvalidInput("Ссылка «" + url + "» не является адресом сайта");
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("Ссылка «" + url + "» не является адресом сайта");
		}
	}
}
