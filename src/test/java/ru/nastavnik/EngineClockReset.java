package ru.nastavnik;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test leaves the engine's clock as it found it, the real one: a test that walks the year (drivers move the
 * clock to the programme's months) must not make the next one read «просрочено на 2 289 дней». Registered for every
 * test by JUnit's extension auto-detection (junit-platform.properties).
 */
public class EngineClockReset implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		ClockUtil.reset();
	}
}
