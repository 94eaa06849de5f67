package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/** «Подобрать пары (группы)» (step 18): the optimal proposal with its explanations. */
@Component
class ProposePairsDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final PairProposal proposal;

	ProposePairsDelegate(OwnProgramme ownProgramme, PairProposal proposal) {
		this.ownProgramme = ownProgramme;
		this.proposal = proposal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposal.run(ownProgramme.of(execution), performer(execution));
	}

	static String performer(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication != null ? authentication.getUserId() : "система";
	}
}
