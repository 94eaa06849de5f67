package ru.nastavnik.pairing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.pairing.matching.Matching;
import ru.nastavnik.pairing.matching.MinCostFlowMatching;

/** The solver the pairing uses: the plain-Java min-cost flow of {@code pairing.matching}, one for the application. */
@Configuration
class MatchingConfiguration {

	@Bean
	Matching matching() {
		return new MinCostFlowMatching();
	}
}
