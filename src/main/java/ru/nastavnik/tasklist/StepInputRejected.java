package ru.nastavnik.tasklist;

/** What a person submitted for a step cannot be accepted; the message tells them why, in Russian. */
public class StepInputRejected extends RuntimeException {

	public StepInputRejected(String russianMessage) {
		super(russianMessage);
	}
}
