package ru.nastavnik.programme;

/** What a person submitted for a step cannot be accepted; the message tells them why, in Russian. */
class StepInputRejected extends RuntimeException {

	StepInputRejected(String russianMessage) {
		super(russianMessage);
	}
}
