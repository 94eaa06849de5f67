package ru.nastavnik.participant;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the form-read log around the engine's REST doors: the webapps' and the public one. */
@Configuration
class AccessLogConfiguration {

	@Bean
	FilterRegistrationBean<FormReadLogFilter> formReadLog(TaskService tasks, Participants participants,
			AccessLog accessLog) {
		FilterRegistrationBean<FormReadLogFilter> registration = new FilterRegistrationBean<>(
				new FormReadLogFilter(tasks, participants, accessLog));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// outside the security filters (order -100), so a refused read is seen and logged as well
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
