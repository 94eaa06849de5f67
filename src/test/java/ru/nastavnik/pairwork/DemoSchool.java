package ru.nastavnik.pairwork;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo school's programme of 2026/2027 as the pair-work tests find it: its pairs in effect by index (tests keep to
 * their own indexes), their meetings, and a teacher of the school given a login in «Наставники».
 */
@Component
public class DemoSchool {

	public static final String TENANT = "school3";

	private final JdbcTemplate jdbc;

	private final IdentityService identityService;

	DemoSchool(JdbcTemplate jdbc, IdentityService identityService) {
		this.jdbc = jdbc;
		this.identityService = identityService;
	}

	public long programme() {
		return jdbc.queryForObject("select p.id from programme p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = ? and p.academic_year = '2026/2027'", Long.class, TENANT);
	}

	/** The programme's active pairs by id: MeetingLogTests use 0–3, the browser tests 1 and 4, the plan's 5. */
	public long pair(int index) {
		List<Long> pairs = jdbc.queryForList("select id from mentoring_pair where programme_id = ?"
				+ " and status = 'ACTIVE' order by id", Long.class, programme());
		return pairs.get(index);
	}

	public int meetings(long pair) {
		return jdbc.queryForObject("select count(*) from pair_meeting where pair_id = ?", Integer.class, pair);
	}

	public long mentorOf(long pair) {
		return jdbc.queryForObject("select mentor_id from mentoring_pair where id = ?", Long.class, pair);
	}

	public long menteeOf(long pair) {
		return jdbc.queryForObject("select mentee_id from mentoring_pair where id = ?", Long.class, pair);
	}

	/** A teacher of the school in its group «Наставники», as the staff pages make one (the password set already). */
	public void teacherWithLogin(String login, String firstName, String lastName) {
		User user = identityService.newUser(login);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(login + "@example.ru");
		user.setPassword("demo");
		identityService.saveUser(user);
		identityService.createMembership(login, "mentors");
		identityService.createTenantUserMembership(TENANT, login);
	}

	/** The teacher's login taken away again, and its link to a mentor's record. */
	public void removeLogin(String login) {
		jdbc.update("update participant set login = null where login = ?", login);
		if (identityService.createUserQuery().userId(login).count() > 0) {
			identityService.deleteUser(login);
		}
	}
}
