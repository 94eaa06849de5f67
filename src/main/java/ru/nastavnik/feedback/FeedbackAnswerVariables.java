package ru.nastavnik.feedback;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.DeclaredVariables;

/** What the process of a request answered in Tasklist keeps: the request's id. */
@Component
class FeedbackAnswerVariables implements DeclaredVariables {

	@Override
	public Set<String> names() {
		return DeclaredVariables.declaredIn(FeedbackAnswerProcess.Var.class);
	}
}
