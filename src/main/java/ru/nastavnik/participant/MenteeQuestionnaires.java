package ru.nastavnik.participant;

import org.springframework.data.jpa.repository.JpaRepository;

interface MenteeQuestionnaires extends JpaRepository<MenteeQuestionnaire, Long> {
}
