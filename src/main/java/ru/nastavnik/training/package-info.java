/**
 * Stage IV of the roadmap, selection and training of mentors (steps 14–16): the trainings of mentors with their
 * experts and materials, the group meeting of mentors and mentees, and who attended each — the matching offers only
 * trained mentors.
 */
@ApplicationModule(allowedDependencies = { "engine", "participant", "problem", "programme", "tasklist", "time" })
package ru.nastavnik.training;

import org.springframework.modulith.ApplicationModule;
