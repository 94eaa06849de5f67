package ru.nastavnik.approval;

import java.util.Set;

import ru.nastavnik.tasklist.FormInput;

/**
 * The form contract of every approval: a radio «Решение» ({@value #DECISION}: {@value #APPROVE} or
 * {@value #RETURN}) and a comment ({@value #COMMENT}), required when returning. Every approval form uses these keys.
 */
public final class ApprovalForm {

	public static final String DECISION = "decision";

	public static final String APPROVE = "approve";

	public static final String RETURN = "return";

	public static final String COMMENT = "decisionComment";

	private ApprovalForm() {
	}

	/** The decision a person submitted, by them, now; a return without a comment is refused in Russian. */
	static Approval read(FormInput input) {
		String decision = input.choice(DECISION, "Решение", Set.of(APPROVE, RETURN));
		String comment = input.optionalText(COMMENT, "Комментарий", Approval.MAX_COMMENT);
		input.rejectIfInvalid();
		return APPROVE.equals(decision) ? Approval.approved(input.performer(), input.now())
				: Approval.returned(comment, input.performer(), input.now());
	}
}
