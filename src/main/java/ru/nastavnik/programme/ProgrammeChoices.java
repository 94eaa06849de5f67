package ru.nastavnik.programme;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a programme chose at roadmap step 8, for the capabilities that follow it (the pairing). */
@Service
public class ProgrammeChoices {

	private final MentoringChoices choices;

	ProgrammeChoices(MentoringChoices choices) {
		this.choices = choices;
	}

	/** @return the forms, kinds and directions the programme chose; empty before step 8 */
	@Transactional(readOnly = true)
	public Set<MentoringOption> of(Long programmeId) {
		Set<MentoringOption> chosen = EnumSet.noneOf(MentoringOption.class);
		choices.findByProgrammeIdOrderById(programmeId).forEach(choice -> chosen.add(choice.getOption()));
		return chosen;
	}
}
