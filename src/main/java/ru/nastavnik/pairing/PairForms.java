package ru.nastavnik.pairing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import ru.nastavnik.participant.MentorType;
import ru.nastavnik.programme.MentoringOption;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * The business rule {@code pair-form} (DMN, owned by the methodologists): in which forms of mentoring a mentor of a
 * kind may lead a mentee. A run of the matching reads the latest deployed table once and asks it once per kind of
 * mentor and mentee, so the rule costs nothing per pair; these evaluations are not decisions about a person and are
 * not written to the decision history.
 */
@Component
class PairForms {

	static final String DECISION = "pair-form";

	private final ProcessEngine engine;

	PairForms(ProcessEngine engine) {
		this.engine = engine;
	}

	/** The rule as deployed now, for one run. */
	Rule current() {
		DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION).withoutTenantId().latestVersion().singleResult();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		// parsed inside an engine command: the engine's transform reads its configuration from the command context,
		// which a REST call (not an engine step) does not have
		return new Rule(configuration.getDmnEngine(), configuration.getCommandExecutorTxRequired().execute(context -> {
			try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
				return configuration.getDmnEngine().parseDecision(DECISION, model);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}));
	}

	/** The rule of one run. */
	static final class Rule {

		private final DmnEngine dmn;

		private final DmnDecision decision;

		private final java.util.Map<String, List<MentoringOption>> answers = new java.util.HashMap<>();

		/** @param decision the {@code pair-form} table as {@code dmn} parsed it */
		Rule(DmnEngine dmn, DmnDecision decision) {
			this.dmn = dmn;
			this.decision = decision;
		}

		/** @return the forms the pair may work in, in the table's order */
		List<MentoringOption> forms(ProgrammeAudience audience, MentorType mentorType, boolean menteeIsTeacher) {
			return answers.computeIfAbsent(audience + "/" + mentorType + "/" + menteeIsTeacher, key -> {
				List<MentoringOption> forms = new ArrayList<>();
				dmn.evaluateDecisionTable(decision, Variables.createVariables()
					.putValue("audience", audience.name())
					.putValue("mentorType", mentorType.name())
					.putValue("menteeIsTeacher", menteeIsTeacher))
					.collectEntries("form")
					.forEach(form -> forms.add(MentoringOption.valueOf(form.toString())));
				return List.copyOf(forms);
			});
		}
	}
}
