package ru.nastavnik.participant;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.participant.AccessLogEntry.Channel;
import ru.nastavnik.participant.AccessLogEntry.Result;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.participant.ParticipantInput.StaffAgreement;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.Attachments;

@RestController
@RequestMapping("/api/participants")
@Tag(name = "Участники", description = "Персонифицированный учёт участников программы: анкеты, согласия, базы")
class ParticipantController {

	static final String NAME = "[А-ЯЁа-яёA-Za-z' -]+";

	static final String PHONE = "[+0-9 ()-]{5,20}";

	private final ParticipantAccess access;

	private final ParticipantRecords records;

	private final Enrolment enrolment;

	private final AccessLog accessLog;

	private final BasesExport bases;

	private final MentorAccounts mentorAccounts;

	ParticipantController(ParticipantAccess access, ParticipantRecords records, Enrolment enrolment,
			AccessLog accessLog, BasesExport bases, MentorAccounts mentorAccounts) {
		this.mentorAccounts = mentorAccounts;
		this.bases = bases;
		this.access = access;
		this.records = records;
		this.enrolment = enrolment;
		this.accessLog = accessLog;
	}

	record RepresentativeBody(
			@NotBlank(message = "Укажите ФИО законного представителя") @Size(max = 255,
					message = "ФИО законного представителя — не длиннее 255 символов") @Pattern(regexp = NAME,
							message = "ФИО законного представителя: только буквы, пробелы, дефис и апостроф") String fullName,
			@Email(message = "Адрес электронной почты законного представителя указан неверно") String email,
			@Pattern(regexp = PHONE, message = "Телефон законного представителя указан неверно") String phone) {
	}

	record AddParticipant(
			@NotNull(message = "Укажите программу (programmeId)") Long programmeId,
			@NotBlank(message = "Укажите ФИО участника") @Size(max = 255,
					message = "ФИО участника — не длиннее 255 символов") @Pattern(regexp = NAME,
							message = "ФИО участника: только буквы, пробелы, дефис и апостроф") String fullName,
			@NotNull(message = "Укажите дату рождения участника") @Past(
					message = "Дата рождения должна быть в прошлом") LocalDate birthDate,
			@Size(max = 255, message = "Класс или должность — не длиннее 255 символов") String classOrPosition,
			@NotNull(message = "Укажите роль участника: MENTEE (наставляемый) или MENTOR (наставник)")
			ParticipantRole role,
			@Email(message = "Адрес электронной почты указан неверно") String email,
			@Pattern(regexp = PHONE, message = "Телефон указан неверно") String phone,
			@Valid RepresentativeBody representative) {

		NewParticipant input() {
			return new NewParticipant(fullName, birthDate, classOrPosition, role, email, phone,
					representative == null ? null
							: new Representative(representative.fullName(), representative.email(),
									representative.phone()));
		}
	}

	record ConsentBody(
			@NotNull(message = "Укажите дату получения согласия") LocalDate receivedOn,
			@NotNull(message = "Укажите срок действия согласия") LocalDate validUntil,
			@NotBlank(message = "Укажите номер и место хранения подписанного согласия") @Size(max = 255,
					message = "Номер согласия — не длиннее 255 символов") String paperReference) {
	}

	record MenteeBody(@NotNull(message = "Укажите категорию наставляемого") MenteeCategory category,
			@NotBlank(message = "Опишите запросы наставляемого") @Size(max = 2000,
					message = "Запросы — не длиннее 2000 символов") String requests,
			@Size(max = 2000, message = "Интересы — не длиннее 2000 символов") String interests) {
	}

	record StaffAgreementBody(@NotBlank(message = "Укажите номер письменного согласия работника") String consentReference,
			@NotNull(message = "Укажите дату согласия работника") LocalDate consentDate,
			@NotBlank(message = "Укажите номер дополнительного соглашения") String addendumNumber,
			@NotNull(message = "Укажите дату дополнительного соглашения") LocalDate addendumDate) {
	}

	record MentorBody(@NotNull(message = "Укажите, кем является наставник") MentorType mentorType,
			@NotBlank(message = "Перечислите компетенции наставника") @Size(max = 2000,
					message = "Компетенции — не длиннее 2000 символов") String competences,
			@NotBlank(message = "Опишите опыт наставника") @Size(max = 2000,
					message = "Опыт — не длиннее 2000 символов") String experience,
			@Min(value = 1, message = "Наибольшее число наставляемых — от 1 до 10") @Max(value = 10,
					message = "Наибольшее число наставляемых — от 1 до 10") int maxMentees,
			Set<Long> childParticipantIds, @Valid StaffAgreementBody staffAgreement) {
	}

	record SubmitQuestionnaire(@NotNull(message = "Укажите участника") @Valid AddParticipant participant,
			@Valid ConsentBody consent, @Valid MenteeBody mentee, @Valid MentorBody mentor) {
	}

	@GetMapping
	@Operation(summary = "Участники программы (чтение записей несовершеннолетних записывается в журнал)")
	List<ParticipantRecords.Summary> list(@RequestParam Long programmeId, Authentication authentication,
			HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToRead(programmeId, user);
		List<Participant> participants = records.of(programme);
		accessLog.read(participants.stream().map(Participant::getId).toList(), user.login(), Channel.API,
				AccessLog.resource(request), Result.GRANTED);
		return participants.stream().map(ParticipantRecords::summary).toList();
	}

	@GetMapping("/bases.xlsx")
	@Operation(summary = "Базы наставляемых и наставников программы (XLSX): участники в базах с действующим согласием "
			+ "и их анкеты; чтение записей несовершеннолетних записывается в журнал")
	ResponseEntity<byte[]> bases(@RequestParam Long programmeId, Authentication authentication,
			HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToRead(programmeId, user);
		BasesExport.Export export = bases.of(programme);
		accessLog.read(export.participantIds(), user.login(), Channel.EXPORT, AccessLog.resource(request),
				Result.GRANTED);
		return Attachments.download(export.xlsx(), "bazy-" + programmeId + ".xlsx", Attachments.XLSX);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Запись участника: данные, согласия, анкета, сведения, оценки")
	ParticipantRecords.Card get(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Participant participant = access.toRead(id, user, request);
		return records.card(participant);
	}

	@PostMapping
	@Operation(summary = "Добавить участника; его включение начинается с получения согласия")
	ResponseEntity<ParticipantRecords.Summary> add(@Valid @RequestBody AddParticipant body,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(body.programmeId(), user);
		Participant participant = enrolment.enrol(programme, body.input(), ParticipantSource.CURATOR, user.login());
		return ResponseEntity.created(URI.create("/api/participants/" + participant.getId()))
			.body(ParticipantRecords.summary(participant));
	}

	@PostMapping("/questionnaires")
	@Operation(summary = "Принять анкету вместе с полученным письменным согласием")
	ResponseEntity<ParticipantRecords.Summary> submitQuestionnaire(@Valid @RequestBody SubmitQuestionnaire body,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(body.participant().programmeId(), user);
		ConsentBody consent = body.consent();
		MentorBody mentor = body.mentor();
		StaffAgreementBody staff = mentor == null ? null : mentor.staffAgreement();
		Participant participant = enrolment.enrolWithQuestionnaire(programme, body.participant().input(),
				consent == null ? null
						: new ReceivedConsent(consent.receivedOn(), consent.validUntil(), consent.paperReference()),
				body.mentee() == null ? null
						: new MenteeAnswers(body.mentee().category(), body.mentee().requests(),
								body.mentee().interests()),
				mentor == null ? null
						: new MentorAnswers(mentor.mentorType(), mentor.competences(), mentor.experience(),
								mentor.maxMentees(), mentor.childParticipantIds(),
								staff == null ? null
										: new StaffAgreement(staff.consentReference(), staff.consentDate(),
												staff.addendumNumber(), staff.addendumDate())),
				user.login());
		return ResponseEntity.created(URI.create("/api/participants/" + participant.getId()))
			.body(ParticipantRecords.summary(participant));
	}

	record MentorLogin(@Size(max = 64, message = "Логин — не длиннее 64 символов") String login) {
	}

	/** The staff mentor's record and the login linked to it. */
	record LinkedMentor(ParticipantRecords.Summary participant, String login) {
	}

	@PutMapping("/{id}/login")
	@Operation(summary = "Связать наставника-сотрудника с его учётной записью из группы «Наставники»: он увидит "
			+ "только свои пары и будет записывать их встречи; пустой логин снимает связь")
	LinkedMentor linkLogin(@PathVariable Long id, @Valid @RequestBody MentorLogin body,
			Authentication authentication) {
		Participant participant = mentorAccounts.link(id, body.login(), CurrentUser.of(authentication));
		return new LinkedMentor(ParticipantRecords.summary(participant), participant.getLogin());
	}

	record AccessLogView(Instant accessedAt, String login, String channel, String resource, String result) {
	}

	@GetMapping("/{id}/access-log")
	@Operation(summary = "Журнал обращений к записи несовершеннолетнего участника (для руководителя и аудитора)")
	List<AccessLogView> accessLog(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		access.require(user, Set.of(Role.DIRECTOR, Role.AUDITOR));
		Participant participant = access.participant(id, user);
		return accessLog.of(participant).stream()
			.map(entry -> new AccessLogView(entry.getAccessedAt(), entry.getLogin(), entry.channelTitle(),
					entry.getResource(), entry.resultTitle()))
			.toList();
	}
}
