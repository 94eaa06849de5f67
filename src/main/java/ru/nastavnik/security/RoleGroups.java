package ru.nastavnik.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups with their Russian names and gives each only the applications and data its role needs.
 * Tenant membership then narrows every grant to the person's own organisations. Runs at every start and brings each
 * grant to what the code says, so a permission removed here is removed from an existing database too.
 */
@Component
class RoleGroups extends AbstractProcessEnginePlugin {

	static final String TASKLIST = "tasklist";

	static final String COCKPIT = "cockpit";

	private record Grant(Resource resource, String resourceId, Permission... permissions) {
	}

	private static final Grant USE_TASKLIST = new Grant(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);

	private static final Grant USE_COCKPIT = new Grant(Resources.APPLICATION, COCKPIT, Permissions.ACCESS);

	private static final Grant READ_FILTERS = new Grant(Resources.FILTER, ANY, Permissions.READ);

	private static final Grant READ_DEFINITIONS = new Grant(Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
			Permissions.READ_HISTORY);

	private static final Grant READ_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, ANY, Permissions.READ);

	private static final Grant READ_TASKS = new Grant(Resources.TASK, ANY, Permissions.READ);

	/** What each role may do; task work itself comes from candidate groups (the engine grants it per task). */
	private static final Map<Role, List<Grant>> GRANTS = Map.of(
			Role.CURATOR, List.of(USE_TASKLIST, READ_FILTERS, READ_DEFINITIONS, READ_INSTANCES),
			Role.DIRECTOR, List.of(USE_TASKLIST, READ_FILTERS, READ_DEFINITIONS, READ_INSTANCES),
			Role.WORKING_GROUP, List.of(USE_TASKLIST, READ_FILTERS),
			Role.PSYCHOLOGIST, List.of(USE_TASKLIST, READ_FILTERS),
			Role.ADMINISTRATION, List.of(USE_TASKLIST, READ_FILTERS),
			Role.MENTOR, List.of(USE_TASKLIST, READ_FILTERS),
			// works on the workspace's pages only: organisations and their people
			Role.MUNICIPAL_ADMIN, List.of(),
			Role.MUNICIPAL_CURATOR, List.of(USE_TASKLIST, USE_COCKPIT, READ_FILTERS, READ_DEFINITIONS,
					READ_INSTANCES, READ_TASKS),
			Role.AUDITOR, List.of(USE_COCKPIT, READ_DEFINITIONS, READ_INSTANCES, READ_TASKS),
			// administrators: everything, as Camunda's own "create the first administrator" step would grant
			Role.ADMIN, Arrays.stream(Resources.values())
				.map(resource -> new Grant(resource, ANY, Permissions.ALL))
				.toList());

	/** Whether the role may open the Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}). */
	static boolean opens(Role role, String application) {
		return GRANTS.get(role).stream()
			.anyMatch(grant -> grant.resource() == Resources.APPLICATION
					&& (grant.resourceId().equals(application) || grant.resourceId().equals(ANY)));
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (Role role : Role.values()) {
			if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
				Group group = identity.newGroup(role.groupId());
				group.setName(role.title());
				group.setType("WORKFLOW");
				identity.saveGroup(group);
			}
			for (Grant grant : GRANTS.get(role)) {
				grant(authorizations, role, grant);
			}
		}
	}

	/** Makes the group's grant on the resource exactly what the code says, also on a database set up earlier. */
	private static void grant(AuthorizationService authorizations, Role role, Grant grant) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.groupIdIn(role.groupId())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.list().stream()
			.filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT)
			.findFirst()
			.orElseGet(() -> {
				Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
				created.setGroupId(role.groupId());
				created.setResource(grant.resource());
				created.setResourceId(grant.resourceId());
				return created;
			});
		authorization.setPermissions(grant.permissions());
		authorizations.saveAuthorization(authorization);
	}
}
