package ru.nastavnik.participant;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorQuestionnaires extends JpaRepository<MentorQuestionnaire, Long> {
}
