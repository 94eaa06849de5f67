package ru.nastavnik.participant;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only things about a person the engine can hold: what people wrote on the tasks of the person's own
 * processes in Tasklist — comments and attachments — which are deleted through the engine's API. Variables need no
 * erasure: the engine keeps ids and decisions only, and the forms read names and answers from the business data.
 */
@Component
class ProcessNotesErasure {

	/** What stands where an erased text was: in records that stay, such as a consent's paper reference. */
	static final String MASK = "[удалено]";

	private final HistoryService history;

	private final TaskService tasks;

	ProcessNotesErasure(HistoryService history, TaskService tasks) {
		this.history = history;
		this.tasks = tasks;
	}

	/** Returns how many comments and attachments were deleted. */
	@Transactional(propagation = Propagation.MANDATORY)
	int erase(Long participantId) {
		int erased = 0;
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(ProcessParticipant.businessKey(participantId)).list()) {
			for (Comment comment : tasks.getProcessInstanceComments(instance.getId())) {
				tasks.deleteProcessInstanceComment(instance.getId(), comment.getId());
				erased++;
			}
			for (Attachment attachment : tasks.getProcessInstanceAttachments(instance.getId())) {
				tasks.deleteAttachment(attachment.getId());
				erased++;
			}
		}
		return erased;
	}
}
