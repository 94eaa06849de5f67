package ru.nastavnik.tasklist;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What the engine REST API (Tasklist's and {@code /engine-rest}) tells a person about their work on a task. */
@Configuration
class FormErrorConfiguration {

	private static final String[] ENGINE_REST = { "/engine-rest/*", "/camunda/api/engine/*" };

	@Bean
	FilterRegistrationBean<FormErrorMessages> formErrorMessages() {
		FilterRegistrationBean<FormErrorMessages> registration = new FilterRegistrationBean<>(new FormErrorMessages());
		registration.addUrlPatterns(ENGINE_REST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<LostRaceMessages> lostRaceMessages(TaskService taskService) {
		FilterRegistrationBean<LostRaceMessages> registration = new FilterRegistrationBean<>(
				new LostRaceMessages(taskService));
		registration.addUrlPatterns(ENGINE_REST);
		// before Spring Security (order -100): the 500 it rewrites comes from the engine REST servlet inside
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
		return registration;
	}
}
