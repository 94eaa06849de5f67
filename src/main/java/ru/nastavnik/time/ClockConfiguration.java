package ru.nastavnik.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the business code, so tests and the engine's ClockUtil can agree on "now". */
@Configuration
class ClockConfiguration {

	@Bean
	Clock clock() {
		return new EngineAlignedClock();
	}

	/** Bean Validation's @Past and @Future ask the same clock: a birth date is "past" on the business's today. */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}
}
