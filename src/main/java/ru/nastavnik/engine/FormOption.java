package ru.nastavnik.engine;

/** One choice a checklist or a select offers (form-js {@code valuesKey}): what a person reads and what comes back. */
public record FormOption(String label, String value) {
}
