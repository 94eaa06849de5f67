package ru.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

@SpringBootApplication
public class NastavnikApplication {

	public static void main(String[] args) {
		SpringApplication.run(NastavnikApplication.class, args);
	}

	/**
	 * Hibernate builds its metamodel on its own thread while the Camunda engine configures itself, instead of before it
	 * (docs/performance.md). Spring Boot would hand this to its application task executor, which it does not define
	 * once the Camunda starter has defined an executor of its own, so the thread is named here. The engine's first
	 * transaction and the first use of a repository ({@code bootstrap-mode: lazy}) wait for Hibernate.
	 */
	@Bean
	EntityManagerFactoryBuilderCustomizer backgroundJpaBootstrap() {
		return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
	}
}
