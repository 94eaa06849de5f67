package ru.nastavnik.feedback;

/**
 * One closed question of a questionnaire: its form field, its wording as the respondent reads it, its short name in
 * the figures and reports, and how it is answered.
 */
public record Question(String code, String text, String shortTitle, Scale scale) {
}
