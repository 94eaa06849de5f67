package ru.nastavnik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The capability packages depend on each other one way only and only as each declares (allowedDependencies in its
 * package-info.java): no cycles, no arrow that is not declared, no reaching into another's internals (such as
 * {@code pairing.matching}).
 */
class ModularityTests {

	@Test
	void shouldKeepTheCapabilitiesToTheirDeclaredDependencies() {
		ApplicationModules.of(NastavnikApplication.class).verify();
	}
}
