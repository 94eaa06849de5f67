package ru.nastavnik.participant;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMentorAgreements extends JpaRepository<StaffMentorAgreement, Long> {
}
