package ru.nastavnik.participant;

/**
 * Published when processing of a participant's data stops (their consent revoked): whatever holds them — a pair, a
 * group, a list — lets them go within the same transaction.
 */
public record ParticipantWithdrawn(Long participantId, Long programmeId) {
}
