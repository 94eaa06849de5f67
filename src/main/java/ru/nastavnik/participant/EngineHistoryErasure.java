package ru.nastavnik.participant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Masks what may identify a participant in Camunda's own tables — the runtime and historic variables, the variable
 * updates of the history (form submissions), their byte arrays, and comments and attachments of their tasks — in
 * the participant's own process instances (business key {@code participant-<id>}). Ids and decisions stay, so the history still tells what happened.
 * Camunda 7 has no API to change a historic value, hence plain SQL on its documented tables.
 */
@Component
class EngineHistoryErasure {

	static final String MASK = "[удалено]";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcTemplate jdbc;

	EngineHistoryErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns how many values and documents were masked or deleted. */
	@Transactional(propagation = Propagation.MANDATORY)
	int erase(Long participantId) {
		// the participant's own processes, by their business key (a variable could have been overwritten)
		List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?",
				String.class, ProcessParticipant.businessKey(participantId));
		int erased = 0;
		for (String instance : instances) {
			erased += mask("ACT_RU_VARIABLE", "TYPE_", instance);
			erased += mask("ACT_HI_VARINST", "VAR_TYPE_", instance);
			erased += mask("ACT_HI_DETAIL", "VAR_TYPE_", instance);
			List<String> taskIds = jdbc.queryForList("select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?",
					String.class, instance);
			erased += jdbc.update("delete from ACT_HI_COMMENT where PROC_INST_ID_ = ?", instance);
			erased += jdbc.update("delete from ACT_GE_BYTEARRAY where ID_ in (select CONTENT_ID_ from ACT_HI_ATTACHMENT "
					+ "where PROC_INST_ID_ = ?)", instance);
			erased += jdbc.update("delete from ACT_HI_ATTACHMENT where PROC_INST_ID_ = ?", instance);
			for (String taskId : taskIds) {
				erased += jdbc.update("delete from ACT_HI_COMMENT where TASK_ID_ = ?", taskId);
			}
		}
		return erased;
	}

	/**
	 * Masks the organisation's text values that name the person anywhere in the engine — the summaries that review
	 * and approval forms show (a proposal of pairs, a questionnaire): they live in the programme's processes, not in
	 * the participant's own.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int eraseMentions(String tenantId, String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return 0;
		}
		String pattern = "%" + fullName.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		int masked = 0;
		for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
			masked += jdbc.update("update " + table + " set TEXT_ = ? where TENANT_ID_ = ? and TEXT_ like ? escape '\\'",
					MASK, tenantId, pattern);
		}
		// a task named after the person («Анкета предпочтений: …»)
		for (String table : List.of("ACT_RU_TASK", "ACT_HI_TASKINST")) {
			masked += jdbc.update("update " + table + " set NAME_ = replace(NAME_, ?, ?) where TENANT_ID_ = ? "
					+ "and NAME_ like ? escape '\\'", fullName, MASK, tenantId, pattern);
		}
		masked += eraseFromJsonLists(tenantId, fullName);
		return masked;
	}

	/**
	 * The lists a form offers (Spin JSON, kept as byte arrays): the person's entries leave every list of the
	 * organisation, the rest of each list stays as it was.
	 */
	private int eraseFromJsonLists(String tenantId, String fullName) {
		int erased = 0;
		for (String[] table : List.of(new String[] { "ACT_RU_VARIABLE", "TYPE_" },
				new String[] { "ACT_HI_VARINST", "VAR_TYPE_" }, new String[] { "ACT_HI_DETAIL", "VAR_TYPE_" })) {
			List<Object[]> arrays = jdbc.query("select b.ID_, b.BYTES_ from ACT_GE_BYTEARRAY b join " + table[0]
					+ " v on v.BYTEARRAY_ID_ = b.ID_ where v.TENANT_ID_ = ? and v." + table[1] + " = 'json'",
					(row, i) -> new Object[] { row.getString(1), row.getBytes(2) }, tenantId);
			for (Object[] array : arrays) {
				String json = new String((byte[]) array[1], StandardCharsets.UTF_8);
				if (!json.contains(fullName)) {
					continue;
				}
				jdbc.update("update ACT_GE_BYTEARRAY set BYTES_ = ? where ID_ = ?",
						withoutMentions(json, fullName).getBytes(StandardCharsets.UTF_8), array[0]);
				erased++;
			}
		}
		return erased;
	}

	private static String withoutMentions(String json, String fullName) {
		try {
			JsonNode node = JSON.readTree(json);
			if (node.isArray()) {
				ArrayNode kept = JSON.createArrayNode();
				node.forEach(element -> {
					if (!element.toString().contains(fullName)) {
						kept.add(element);
					}
				});
				return kept.toString();
			}
			return json.replace(fullName, MASK);
		}
		catch (JsonProcessingException e) {
			return json.replace(fullName, MASK);
		}
	}

	private int mask(String table, String typeColumn, String instance) {
		List<Object[]> values = jdbc.query("select ID_, NAME_, BYTEARRAY_ID_, TEXT_ from " + table
				+ " where PROC_INST_ID_ = ?", (row, i) -> new Object[] { row.getString(1), row.getString(2),
						row.getString(3), row.getString(4) }, instance);
		int masked = 0;
		for (Object[] value : values) {
			String name = (String) value[1];
			// every value not kept is masked, whichever column holds it (text, number, date or bytes)
			if (EnrolmentProcess.KEPT_ON_ERASURE.contains(name)) {
				continue;
			}
			List<String> byteArrays = new ArrayList<>();
			if (value[2] != null) {
				byteArrays.add((String) value[2]);
			}
			jdbc.update("update " + table + " set " + typeColumn + " = 'string', TEXT_ = ?, TEXT2_ = null, "
					+ "BYTEARRAY_ID_ = null, DOUBLE_ = null, LONG_ = null where ID_ = ?", MASK, value[0]);
			for (String byteArray : byteArrays) {
				jdbc.update("delete from ACT_GE_BYTEARRAY where ID_ = ?", byteArray);
			}
			masked++;
		}
		return masked;
	}
}
