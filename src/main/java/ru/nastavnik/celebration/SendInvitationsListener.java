package ru.nastavnik.celebration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Разослать приглашения на торжественное мероприятие» (step 28) completes: the day (not past), the start, how long,
 * the place and the groups to invite are checked — every problem in Russian, nothing sent while one is wrong — and the
 * invitations go out; the step is recorded with how many were invited and how.
 */
@Component
class SendInvitationsListener extends StepListener<Programme> {

	static final String DATE = "eventDate";

	static final String TIME = "eventTime";

	static final String MINUTES = "eventMinutes";

	static final String PLACE = "eventPlace";

	static final String GROUPS = "guestGroups";

	private static final Pattern HOURS_MINUTES = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

	private final Celebration celebration;

	SendInvitationsListener(Steps steps, OwnProgramme ownProgramme, Celebration celebration) {
		super(steps, ownProgramme);
		this.celebration = celebration;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		LocalDate on = input.date(DATE, "Дата мероприятия");
		String at = input.matching(TIME, "Время начала", HOURS_MINUTES, "15:00");
		int minutes = input.count(MINUTES, "Продолжительность, минут", 30, 480);
		String place = input.text(PLACE, "Место проведения", 5, 255);
		List<String> chosen = input.checklist(GROUPS);
		Set<GuestGroup> groups = EnumSet.noneOf(GuestGroup.class);
		for (String group : chosen) {
			try {
				groups.add(GuestGroup.valueOf(group.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				input.require(false, "Группа гостей «" + group + "» неизвестна: выберите её из списка");
			}
		}
		input.require(!chosen.isEmpty(), "Выберите, кого пригласить: хотя бы одну группу гостей");
		input.require(on == null || !on.isBefore(input.now().atZone(programme.getZone()).toLocalDate()),
				"Дата мероприятия уже прошла: приглашают на будущее мероприятие");
		input.rejectIfInvalid();
		celebration.invite(programme, new Celebration.Invitation(on, LocalTime.parse(at.length() == 4 ? "0" + at : at),
				minutes, place, groups), input.performer());
		task.removeVariables(List.of(DATE, TIME, MINUTES, PLACE, GROUPS));
	}
}
