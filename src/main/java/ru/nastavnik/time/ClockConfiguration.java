package ru.nastavnik.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the business code, so tests and the engine's ClockUtil can agree on "now". */
@Configuration
class ClockConfiguration {

	@Bean
	Clock clock() {
		return new EngineAlignedClock();
	}
}
