package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.NastavnikTest;

/** Every start brings each role's grants to what the code says, also on a database set up by an earlier version. */
@NastavnikTest
class RoleGroupsTests {

	@Autowired
	RoleGroups roleGroups;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuthorizationService authorizations;

	private Authorization curatorDefinitions() {
		return authorizations.createAuthorizationQuery().groupIdIn(Role.CURATOR.groupId())
			.resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
	}

	@Test
	void shouldBringAnEditedGrantBackToWhatTheCodeSays() {
		Authorization grant = curatorDefinitions();
		grant.setPermissions(new Permissions[] { Permissions.READ, Permissions.DELETE });
		authorizations.saveAuthorization(grant);

		roleGroups.postProcessEngineBuild(engine);

		Authorization restored = curatorDefinitions();
		assertThat(restored.isPermissionGranted(Permissions.READ_HISTORY)).isTrue();
		assertThat(restored.isPermissionGranted(Permissions.DELETE)).isFalse();
		assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.CURATOR.groupId())
			.resourceType(Resources.PROCESS_DEFINITION).count()).isEqualTo(1);
	}
}
