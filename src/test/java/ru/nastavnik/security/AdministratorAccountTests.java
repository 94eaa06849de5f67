package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside the demo, start-up is refused while the administrator's password is weak or missing. */
class AdministratorAccountTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(IdentityService.class, () -> mock(IdentityService.class))
		.withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
		.withUserConfiguration(AdministratorAccount.class);

	@Test
	void shouldRefuseStartUpWithAWeakPassword() {
		context.withPropertyValues("nastavnik.admin.login=root-admin", "nastavnik.admin.password=qwerty")
			.run(started -> assertThat(started).getFailure().rootCause()
				.hasMessageContaining("Запуск отклонён: пароль администратора слишком простой"));
	}

	@Test
	void shouldRefuseStartUpWithAPasswordEqualToTheLogin() {
		context.withPropertyValues("nastavnik.admin.login=Administrator1", "nastavnik.admin.password=Administrator1")
			.run(started -> assertThat(started).getFailure().rootCause()
				.hasMessageContaining("не должен совпадать с логином"));
	}

	@Test
	void shouldRefuseStartUpWithoutAnAdministrator() {
		context.run(started -> assertThat(started).getFailure().rootCause()
			.hasMessageContaining("не задан логин администратора"));
	}

	@Test
	void shouldStartWithAStrongPassword() {
		context.withPropertyValues("nastavnik.admin.login=root-admin", "nastavnik.admin.password=Lyskovo-2026-Secure")
			.run(started -> assertThat(started).hasNotFailed());
	}
}
