package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.DeclaredVariables;

/** What the programme's processes keep: the year's and the plan change's ids and decisions, and stage I's documents. */
@Component
class ProgrammeVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return Stream.concat(DeclaredVariables.declaredIn(ProgrammeProcess.Var.class, PlanChangeProcess.Var.class)
			.stream(), Arrays.stream(DocumentKind.values()).flatMap(kind -> kind.keptVariables().stream()))
			.collect(Collectors.toUnmodifiableSet());
	}
}
