/** The organisation's yearly programme of mentoring: its process, its roadmap plan and what each step records. */
@ApplicationModule(allowedDependencies = {
	"approval", "document", "engine", "notification", "organisation", "problem", "security", "tasklist", "time", "web" })
package ru.nastavnik.programme;

import org.springframework.modulith.ApplicationModule;
