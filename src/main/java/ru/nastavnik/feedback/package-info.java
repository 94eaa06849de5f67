/**
 * Feedback of the pairs (roadmap step 24, November and May): when the step's month comes, every participant of an
 * active pair with a valid consent — a minor through the legal representative — gets a one-use link by e-mail to a
 * short questionnaire that needs no account (a mentor with a login finds it in Tasklist too; answers given on paper are
 * typed in on the programme's feedback page); the working group closes the step with the response rate and the mean
 * scores, which the monitoring reads next.
 */
@ApplicationModule(allowedDependencies = { "engine", "notification", "organisation", "pairing", "participant",
		"problem", "programme", "security", "tasklist", "time", "web" })
package ru.nastavnik.feedback;

import org.springframework.modulith.ApplicationModule;
