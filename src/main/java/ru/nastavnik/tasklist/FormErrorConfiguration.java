package ru.nastavnik.tasklist;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class FormErrorConfiguration {

	@Bean
	FilterRegistrationBean<FormErrorMessages> formErrorMessages() {
		FilterRegistrationBean<FormErrorMessages> registration = new FilterRegistrationBean<>(new FormErrorMessages());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
