package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * The application sets a repository up on its first use ({@code bootstrap-mode: lazy}); here every one is set up, so
 * a query that does not parse or names a missing property fails the build, not the first request that calls it.
 */
@NastavnikTest
class RepositoriesTests {

	@Autowired
	ApplicationContext context;

	@Test
	void shouldSetUpEveryRepositoryWithItsQueries() {
		Map<String, Repository> repositories = context.getBeansOfType(Repository.class);

		assertThat(repositories).hasSizeGreaterThanOrEqualTo(32);
	}
}
