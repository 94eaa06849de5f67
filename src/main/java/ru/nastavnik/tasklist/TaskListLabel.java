package ru.nastavnik.tasklist;

import java.util.Collection;
import java.util.Map;

/**
 * What Tasklist's list shows under each task so that tasks of many programmes, years and participants can be told
 * apart: the programme (its organisation and year), the participant (their number). The labels are read from the
 * business data when the list is read, never stored in the engine; each capability that can name a task's process
 * provides one.
 */
public interface TaskListLabel {

	/** The programme of a task: «МБОУ СШ №3 г. Лысково · 2026/2027». */
	String PROGRAMME = "programmeLabel";

	/** The participant of a task of their own process: «№ 42». */
	String PARTICIPANT = "participantLabel";

	/** Which of the labels above this is. */
	String variable();

	/** The label of each of the process instances this capability can name, by process instance id. */
	Map<String, String> of(Collection<String> processInstanceIds);
}
