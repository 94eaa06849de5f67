package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import ru.nastavnik.programme.Programmes;

/** «Подобрать пары (группы)» (step 18): the optimal proposal with its explanations. */
@Component
class ProposePairsDelegate implements JavaDelegate {

	private final Programmes programmes;

	private final PairProposal proposal;

	ProposePairsDelegate(Programmes programmes, PairProposal proposal) {
		this.programmes = programmes;
		this.proposal = proposal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposal.run(PairingStepListener.ownProgramme(programmes, execution), performer(execution));
	}

	static String performer(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication != null ? authentication.getUserId() : "система";
	}
}
