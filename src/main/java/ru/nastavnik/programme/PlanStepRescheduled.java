package ru.nastavnik.programme;

import java.time.Instant;

/**
 * A step of a programme's plan has a new due date (a plan change), published in the transaction that moved it: what
 * a capability keeps by the step's due date — the feedback links' expiry — moves with it.
 *
 * @param dueAt the end of the step's new working day
 */
public record PlanStepRescheduled(Long programmeId, String step, Instant dueAt) {
}
