package ru.nastavnik.programme;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.security.CurrentUser;

/**
 * The programmes a person sees with where each stands, whole or by pages: a few queries whatever the number of
 * programmes — the programmes with their organisations' names in one, their progress in four. The API's list and the
 * workspace's page read it here.
 */
@Service
class ProgrammeListing {

	/** How many programmes a page holds when the request names a page but not its size, and at most. */
	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 500;

	private final ProgrammeManagement management;

	private final ProgrammeProgress progress;

	ProgrammeListing(ProgrammeManagement management, ProgrammeProgress progress) {
		this.management = management;
		this.progress = progress;
	}

	ProgrammeView view(Programme programme) {
		return view(ProgrammeSummary.of(programme), progress.of(programme));
	}

	/** Every programme the person sees. */
	List<ProgrammeView> all(CurrentUser user) {
		List<ProgrammeSummary> visible = management.visibleTo(user);
		// the progress of all the programmes of the person's organisations at once, whatever their number
		return views(visible, progress.ofOrganisations(user.tenantIds()));
	}

	/** One page of them (numbered from 0), with the number of all. */
	Page<ProgrammeView> page(CurrentUser user, Integer page, Integer size) {
		Page<ProgrammeSummary> visible = management.visibleTo(user, pageRequest(page, size));
		List<ProgrammeView> views = views(visible.getContent(),
				progress.ofProgrammes(visible.map(ProgrammeSummary::id).getContent()));
		return new PageImpl<>(views, visible.getPageable(), visible.getTotalElements());
	}

	private static PageRequest pageRequest(Integer page, Integer size) {
		int number = page == null ? 0 : page;
		int programmes = size == null ? DEFAULT_PAGE_SIZE : size;
		if (number < 0) {
			throw new InvalidInput("Номер страницы (page) начинается с 0");
		}
		if (programmes < 1 || programmes > MAX_PAGE_SIZE) {
			throw new InvalidInput("Размер страницы (size) — от 1 до " + MAX_PAGE_SIZE + " программ");
		}
		// the query's offset is an int: a page beyond it cannot hold a programme
		if ((long) number * programmes > Integer.MAX_VALUE) {
			throw new InvalidInput("Страницы " + number + " в списке программ нет");
		}
		return PageRequest.of(number, programmes);
	}

	private static ProgrammeView view(ProgrammeSummary programme, ProgrammeProgress.Progress progress) {
		return new ProgrammeView(programme.id(), programme.organisationId(), programme.organisationName(),
				programme.academicYear(), programme.startsOn(), programme.audience().name(),
				programme.audience().title(), progress.stage(), progress.status().name(), progress.status().title(),
				programme.curatorLogin(), programme.processInstanceId(), progress.overdueSteps(),
				progress.percentDone());
	}

	private List<ProgrammeView> views(List<ProgrammeSummary> programmes, Map<Long, ProgrammeProgress.Progress> byId) {
		return programmes.stream()
			// a programme started between the two reads is read on its own
			.map(programme -> view(programme,
					byId.containsKey(programme.id()) ? byId.get(programme.id()) : progress.of(programme.id())))
			.toList();
	}
}
