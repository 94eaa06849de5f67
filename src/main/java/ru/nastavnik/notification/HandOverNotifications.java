package ru.nastavnik.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EveryUserTask;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/**
 * Every hand-over of a task to a group is told to the group's members of that organisation, through the outbox. The
 * plugin gives every user task of every process a create listener, so no model can forget it.
 */
@Component
class HandOverNotifications extends AbstractProcessEnginePlugin implements TaskListener {

	static final String TEMPLATE = "task-handed-over";

	static final String HAND_OVER_MAIL = "handOverMail";

	private final Outbox outbox;

	private final String tasklistUrl;

	// lazy: the outbox needs the engine's services, and this plugin is part of building the engine
	HandOverNotifications(@Lazy Outbox outbox, @Value("${nastavnik.tasklist-url}") String tasklistUrl) {
		this.outbox = outbox;
		this.tasklistUrl = tasklistUrl;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, this, HandOverNotifications::toldOtherwise);
	}

	/**
	 * A task created once per person, thousands at a time, would flood the group's mail: such a task says so with
	 * the extension property {@code handOverMail = "none"}, and the code that creates them tells the group once.
	 */
	static boolean toldOtherwise(Element userTaskElement) {
		Element extensions = userTaskElement.element("extensionElements");
		Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
				"properties");
		if (properties == null) {
			return false;
		}
		return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
			.anyMatch(property -> HAND_OVER_MAIL.equals(property.attribute("name"))
					&& "none".equals(property.attribute("value")));
	}

	@Override
	public void notify(DelegateTask task) {
		List<Role> roles = task.getCandidates().stream()
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.map(Role::ofGroup)
			.flatMap(Optional::stream)
			.distinct()
			.toList();
		if (roles.isEmpty() || task.getTenantId() == null) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("task", task.getName());
		model.put("groups", roles.stream().map(Role::title).collect(Collectors.joining(", ")));
		model.put("tasklistUrl", tasklistUrl);
		// present even when empty: the template's {{#dueOn}} section then simply stays out
		model.put("dueOn", task.getDueDate() == null ? null
				: RussianDates.format(task.getDueDate().toInstant().atZone(RussianDates.ZONE)));
		outbox.postToOrganisationRoles(task.getTenantId(), roles, TEMPLATE, model);
	}
}
