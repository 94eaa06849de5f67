package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/**
 * «Подобрать пары (группы)» (step 18) and «Подобрать пары заново»: the optimal proposal with its explanations. An
 * asynchronous step: the job replaces the proposal in its own transaction, and a failed run changes nothing.
 */
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

	/** Who the work is done for: the person in the request, else the person who asked for it, else the system. */
	static String performer(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		if (authentication != null) {
			return authentication.getUserId();
		}
		String requestedBy = PairingProcess.Var.REQUESTED_BY.from(execution);
		return requestedBy != null ? requestedBy : "система";
	}
}
