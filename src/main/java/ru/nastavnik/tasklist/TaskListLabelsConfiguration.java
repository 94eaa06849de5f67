package ru.nastavnik.tasklist;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class TaskListLabelsConfiguration {

	@Bean
	FilterRegistrationBean<TaskListLabelsFilter> taskListLabels(List<TaskListLabel> labels, ObjectMapper json) {
		FilterRegistrationBean<TaskListLabelsFilter> registration = new FilterRegistrationBean<>(
				new TaskListLabelsFilter(labels, json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// outside the security filters, like the form display: it reads only the answers the engine gave the person
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
		return registration;
	}
}
