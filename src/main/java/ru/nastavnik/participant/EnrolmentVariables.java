package ru.nastavnik.participant;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.DeclaredVariables;

/** What a participant's enrolment keeps: the participant's id and the decisions that route it. */
@Component
class EnrolmentVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return DeclaredVariables.declaredIn(EnrolmentProcess.Var.class);
	}
}
