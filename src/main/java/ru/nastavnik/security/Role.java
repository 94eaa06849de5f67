package ru.nastavnik.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The role groups of Nastavnik. Each is a Camunda group whose id is {@link #groupId()}. */
public enum Role {

	CURATOR("curator", "Куратор программы наставничества"),
	DIRECTOR("director", "Руководитель организации"),
	WORKING_GROUP("working-group", "Рабочая группа"),
	PSYCHOLOGIST("psychologist", "Педагог-психолог, социальный педагог"),
	ADMINISTRATION("administration", "Администрация организации"),
	/** The organisation's own staff who mentor: teachers and others employed there, as a group of its people. */
	MENTOR("mentors", "Наставники"),
	MUNICIPAL_CURATOR("municipal-curator", "Муниципальный куратор"),
	/**
	 * A person of a municipality's education authority who adds its schools, colleges and kindergartens and their
	 * people; only of their own municipality.
	 */
	MUNICIPAL_ADMIN("municipal-admin", "Администратор муниципалитета"),
	AUDITOR("auditor", "Аудитор"),
	/**
	 * Camunda's own administrators' group: full access, Admin and Cockpit. Using it (not a group of our own) also keeps
	 * the webapps' "create the first administrator" page closed once an administrator exists.
	 */
	ADMIN("camunda-admin", "Администратор системы");

	/** Who reads participants' personal records (the school's people who work the programme). */
	public static final Set<Role> PERSON_READERS = Set.of(CURATOR, WORKING_GROUP, ADMINISTRATION, DIRECTOR, PSYCHOLOGIST);

	/** Who changes participants' records: adds them, marks and revokes their consents. */
	public static final Set<Role> PERSON_WRITERS = Set.of(CURATOR, WORKING_GROUP, ADMINISTRATION, DIRECTOR);

	/** Who reads the acts of erasure of personal data. */
	public static final Set<Role> ERASURE_ACT_READERS = Set.of(AUDITOR, DIRECTOR, CURATOR);

	/** Who sees the organisation's partners (the register invites them to the final event). */
	public static final Set<Role> PARTNER_READERS = Set.of(ADMINISTRATION, DIRECTOR, CURATOR, WORKING_GROUP, AUDITOR);

	private final String groupId;

	private final String title;

	Role(String groupId, String title) {
		this.groupId = groupId;
		this.title = title;
	}

	public String groupId() {
		return groupId;
	}

	public String title() {
		return title;
	}

	public static Optional<Role> ofGroup(String groupId) {
		return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
	}
}
