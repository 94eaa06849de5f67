package ru.nastavnik.pairwork;

import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.engine.DeclaredVariables;

/** What a pair's process keeps of its own steps: their decisions. */
@Component
class PairWorkVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return DeclaredVariables.declaredIn(PairWorkProcess.Var.class);
	}
}
