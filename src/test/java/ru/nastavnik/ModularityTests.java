package ru.nastavnik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The capability packages depend on each other one way only: no cycles, no reaching into another's internals. */
class ModularityTests {

	@Test
	void shouldKeepTheCapabilitiesFreeOfCycles() {
		ApplicationModules.of(NastavnikApplication.class).verify();
	}
}
