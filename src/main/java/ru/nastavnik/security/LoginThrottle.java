package ru.nastavnik.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Guessing passwords is slowed down by the engine's own login throttling, which every door shares (the login page,
 * HTTP Basic on the REST API): after a failed attempt the login is held back for 3 s, doubling with each further
 * failure up to a minute, and after {@value #MAX_ATTEMPTS} failures in a row it is locked until an administrator
 * unlocks it in Admin. A successful sign-in starts the count again.
 */
@Component
class LoginThrottle extends AbstractProcessEnginePlugin {

	static final int MAX_ATTEMPTS = 10;

	static final int FIRST_DELAY_SECONDS = 3;

	static final int LONGEST_DELAY_SECONDS = 60;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setLoginMaxAttempts(MAX_ATTEMPTS);
		configuration.setLoginDelayBase(FIRST_DELAY_SECONDS);
		configuration.setLoginDelayFactor(2);
		configuration.setLoginDelayMaxTime(LONGEST_DELAY_SECONDS);
	}
}
