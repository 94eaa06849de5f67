package ru.nastavnik.celebration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.feedback.FeedbackDriver;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.programme.StepRecord;

/**
 * Step 28, the invitations to the final event: the form shows whom each group would invite now; a past day, a wrong
 * time, a short place or no group is refused in Russian with nothing sent; then each guest gets one mail with the
 * event for the calendar — the adult participants, the minors' legal representatives, the partners (to the address the
 * organisation keeps), the municipal curator, the directors of the municipality's other organisations — and the step
 * is recorded with how many were invited and how.
 */
@NastavnikTest
class InvitationTests {

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	StageOneDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldInviteEveryGroupOnceWithTheEventForTheCalendar() {
		Programme programme = feedback.programmeWithBases();
		driver.workStagesFourToSevenBefore(programme, Celebration.STEP);
		Task task = driver.task(programme, Celebration.STEP);
		assertThat(task.getName()).isEqualTo("Разослать приглашения на торжественное мероприятие");
		assertThat(String.valueOf(taskForms.shown(task.getId()).get(SendInvitationsFormDisplay.GUESTS)))
			.contains("родители и законные представители несовершеннолетних участников: 2",
					"партнёры организации: 4 (по почте — 4, вручить лично — 0)",
					"муниципалитет (муниципальный куратор): 1 (",
					// the demo's kindergarten, and whatever organisations other tests added to the municipality
					"другие организации муниципалитета (руководители): ");

		int mails = jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
		String past = ParticipantDriver.today().minusDays(1).toString();
		assertThatThrownBy(() -> driver.submitTask(task, "director-school3", Map.of("eventDate", past, "eventTime",
				"25:70", "eventMinutes", 10, "eventPlace", "зал", "guestGroups", StageOneDriver.json("[]"))))
			.hasMessageContaining("Дата мероприятия уже прошла")
			.hasMessageContaining("Поле «Время начала» заполнено неверно, пример: 15:00")
			.hasMessageContaining("Поле «Продолжительность, минут»: целое число от 30 до 480")
			.hasMessageContaining("Поле «Место проведения»: не короче 5 символов")
			.hasMessageContaining("Выберите, кого пригласить: хотя бы одну группу гостей");
		assertThat(jdbc.queryForObject("select count(*) from final_event where programme_id = ?", Integer.class,
				programme.getId())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isEqualTo(mails);

		String day = ParticipantDriver.today().plusDays(14).toString();
		driver.submitTask(task, "director-school3", Map.of("eventDate", day, "eventTime", "15:00", "eventMinutes", 90,
				"eventPlace", "Актовый зал школы, ул. Мира, 12", "guestGroups", StageOneDriver.json(
						"[\"PARTICIPANTS\", \"REPRESENTATIVES\", \"PARTNERS\", \"MUNICIPALITY\", \"ORGANISATIONS\"]")));

		Long event = jdbc.queryForObject("select id from final_event where programme_id = ?", Long.class,
				programme.getId());
		List<Map<String, Object>> guests = jdbc.queryForList("select guest_group, name, mailed from guest where"
				+ " event_id = ? order by id", event);
		assertThat(guests).extracting(guest -> guest.get("GUEST_GROUP")).contains("PARTICIPANTS", "REPRESENTATIVES",
				"PARTNERS", "MUNICIPALITY", "ORGANISATIONS");
		assertThat(guests).filteredOn(guest -> "ORGANISATIONS".equals(guest.get("GUEST_GROUP")))
			.extracting(guest -> guest.get("NAME")).contains("МАДОУ «Белоевский детский сад»")
			.doesNotContain("МБОУ СШ №3 г. Лысково");
		// a partner's mail goes to the address the organisation keeps; every mail carries the event for the calendar
		Map<String, Object> partner = jdbc.queryForMap("select subject, body, attachment_name, attachment_type,"
				+ " attachment from outbox_message where recipient_address = 'kvantorium@lyskovo-edu.ru' order by id desc"
				+ " limit 1");
		assertThat((String) partner.get("SUBJECT")).isEqualTo("МБОУ СШ №3 г. Лысково: приглашение на торжественное "
				+ "мероприятие — итоги программы наставничества");
		assertThat((String) partner.get("BODY")).contains("Здравствуйте, Смирнова Ольга Петровна!",
				"Где: Актовый зал школы, ул. Мира, 12", "в 15:00");
		assertThat(partner.get("ATTACHMENT_TYPE")).isEqualTo("text/calendar");
		String calendar = new String((byte[]) partner.get("ATTACHMENT"), StandardCharsets.UTF_8);
		assertThat(calendar).contains("BEGIN:VEVENT", "Торжественное мероприятие: итоги программы наставничества",
				"LOCATION:Актовый зал школы\\, ул. Мира\\, 12");
		// the kindergarten's director is invited in the name of the school that invites
		assertThat(jdbc.queryForObject("select subject from outbox_message where recipient_login ="
				+ " 'director-kindergarten' and subject like '%торжественное%' order by id desc limit 1", String.class))
			.startsWith("МБОУ СШ №3 г. Лысково: приглашение");
		// a minor's legal representative is invited with the child
		assertThat(jdbc.queryForList("select m.body from outbox_message m join guest g on g.event_id = ? join"
				+ " participant p on p.id = g.participant_id where g.guest_group = 'REPRESENTATIVES' and"
				+ " m.recipient_person_id = p.representative_id and m.subject like '%торжественное%'", String.class,
				event))
			.isNotEmpty().allSatisfy(body -> assertThat(body).contains("Приглашаем вас вместе с участником программы"));

		StepRecord record = driver.stepRecords(programme).stream()
			.filter(found -> found.getStep().equals(Celebration.STEP)).findFirst().orElseThrow();
		assertThat(record.isHeld()).isTrue();
		assertThat(record.getParticipantCount()).isEqualTo(guests.size());
		assertThat(record.getMaterials()).contains("Торжественное мероприятие: ", "Актовый зал школы",
				"Приглашено: " + guests.size(), "партнёры организации — 4");
	}
}
