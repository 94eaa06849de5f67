package ru.nastavnik.consent;

/**
 * Published when a participant's personal data has been erased (their name now reads «участник программы № N»):
 * whatever printed them in a working document — a draft order — prints it again, within the same transaction.
 */
public record ParticipantErased(Long participantId, Long programmeId) {
}
