/**
 * The one decision model for «утвердить / вернуть на доработку с комментарием»: the decision kept with what was
 * decided (who, when, why), one form contract, one step that records it and routes the process.
 */
@ApplicationModule(allowedDependencies = { "engine", "problem", "tasklist", "time" })
package ru.nastavnik.approval;

import org.springframework.modulith.ApplicationModule;
