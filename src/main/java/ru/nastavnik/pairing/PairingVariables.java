package ru.nastavnik.pairing;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.DeclaredVariables;

/** What the pairing's processes keep: the pair's and the order's ids, the decisions and the pair's term. */
@Component
class PairingVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return DeclaredVariables.declaredIn(PairingProcess.Var.class);
	}
}
