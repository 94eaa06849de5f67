package ru.nastavnik.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the form display on both of the engine's REST doors: the webapps' (Tasklist) and the public one. */
@Configuration
class TaskFormDisplayConfiguration {

	@Bean
	FilterRegistrationBean<TaskFormDisplayFilter> taskFormDisplay(TaskForms forms, ObjectMapper json) {
		FilterRegistrationBean<TaskFormDisplayFilter> registration = new FilterRegistrationBean<>(
				new TaskFormDisplayFilter(forms, json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// inside the form-read log (which holds the answer until the read is logged), outside the security filters
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}
}
