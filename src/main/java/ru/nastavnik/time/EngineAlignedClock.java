package ru.nastavnik.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock (moved by process tests with ClockUtil) seen as a java.time Clock. Its zone is where the
 * organisations' day is, Moscow ({@link RussianDates#ZONE}), whatever zone the server runs in: «today» is a school's
 * today. Code that knows the organisation asks for its own zone ({@code clock.withZone(...)}).
 */
final class EngineAlignedClock extends Clock {

	private final ZoneId zone;

	EngineAlignedClock() {
		this(RussianDates.ZONE);
	}

	private EngineAlignedClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineAlignedClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}
}
