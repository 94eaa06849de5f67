package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.List;

import ru.nastavnik.engine.ProcessVariable;

/** The two documents Stage I drafts and the director approves; each has its draft and approval step. */
enum DocumentKind {

	REGULATION("Положение о наставничестве", ProgrammeProcess.DRAFT_REGULATION, ProgrammeProcess.APPROVE_REGULATION,
			"regulation"),
	ROADMAP("Дорожная карта программы наставничества", ProgrammeProcess.DRAFT_ROADMAP,
			ProgrammeProcess.APPROVE_ROADMAP, "roadmap");

	private final String title;

	private final String draftStep;

	private final String approvalStep;

	private final String variablePrefix;

	DocumentKind(String title, String draftStep, String approvalStep, String variablePrefix) {
		this.title = title;
		this.draftStep = draftStep;
		this.approvalStep = approvalStep;
		this.variablePrefix = variablePrefix;
	}

	public String title() {
		return title;
	}

	/** The document's reference (number or link), kept as a variable so the director's form can show it. */
	public String referenceVariable() {
		return variablePrefix + "Reference";
	}

	public String summaryVariable() {
		return variablePrefix + "Summary";
	}

	/** The decision the gateway reads. */
	public ProcessVariable<Boolean> approvedVariable() {
		return ProcessVariable.flag(variablePrefix + "Approved");
	}

	/** The director's comment on a return, which the next draft's form shows. */
	public ProcessVariable<String> returnCommentVariable() {
		return ProcessVariable.text(variablePrefix + "ReturnComment");
	}

	/** What the process keeps of the document: its reference, the director's decision and the return comment. */
	List<String> keptVariables() {
		return List.of(referenceVariable(), approvedVariable().name(), returnCommentVariable().name());
	}

	static DocumentKind drafted(String step) {
		return Arrays.stream(values()).filter(kind -> kind.draftStep.equals(step)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Шаг " + step + " не готовит документ"));
	}

	static DocumentKind approved(String step) {
		return Arrays.stream(values()).filter(kind -> kind.approvalStep.equals(step)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Шаг " + step + " не утверждает документ"));
	}
}
