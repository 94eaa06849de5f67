package ru.nastavnik.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.document.QrCode;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.NoLongerAvailable;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.time.RussianDates;

/**
 * The documents of the programme's end: issued once to each participant whose pair completed its term — a
 * certificate to the mentee, a letter of thanks to the mentor (once, however many pairs they led) — while their consent
 * to processing is valid; numbered in the organisation's sequence, each with a secret code whose public page says
 * whether the document is genuine. Printed as PDF with the QR code of that page.
 */
@Service
public class Certification {

	/** The verification code: 16 letters and digits of Base32, 80 random bits. */
	private static final Pattern CODE = Pattern.compile("[A-Z2-7]{16}");

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	static final String VERIFY_PATH = "/verify/";

	private final Certificates certificates;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final Organisations organisations;

	private final Programmes programmes;

	private final Clock clock;

	private final String baseUrl;

	private final SecureRandom random = new SecureRandom();

	Certification(Certificates certificates, MentoringPairs pairs, Participants participants,
			ParticipantConsents consents, Organisations organisations, Programmes programmes, Clock clock,
			@Value("${nastavnik.base-url}") String baseUrl) {
		this.certificates = certificates;
		this.pairs = pairs;
		this.participants = participants;
		this.consents = consents;
		this.organisations = organisations;
		this.programmes = programmes;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Who is due a document and which: the mentees and mentors of the pairs that completed their term, whose consent
	 * to processing is valid, in the order of the pairs.
	 */
	@Transactional(readOnly = true)
	public Map<Participant, CertificateKind> due(Programme programme) {
		Map<Long, CertificateKind> kinds = new LinkedHashMap<>();
		for (MentoringPair pair : pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.COMPLETED)) {
			kinds.putIfAbsent(pair.getMentorId(), CertificateKind.THANKS);
			kinds.putIfAbsent(pair.getMenteeId(), CertificateKind.PARTICIPATION);
		}
		Map<Long, Participant> people = participants.findAllById(kinds.keySet()).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		Map<Participant, CertificateKind> due = new LinkedHashMap<>();
		kinds.forEach((id, kind) -> {
			Participant participant = people.get(id);
			if (participant != null && participant.getStatus() != ParticipantStatus.WITHDRAWN
					&& consents.processingAllowed(participant)) {
				due.put(participant, kind);
			}
		});
		return due;
	}

	/** Issues the documents not issued yet; returns how many were issued now. */
	@Transactional
	public int issue(Programme programme, String by) {
		Set<Long> issued = certificates.findByProgrammeIdOrderById(programme.getId()).stream()
			.map(Certificate::getParticipantId).collect(Collectors.toSet());
		Long organisationId = programme.getOrganisation().getId();
		long sequence = certificates.countByOrganisationId(organisationId);
		int count = 0;
		for (Map.Entry<Participant, CertificateKind> entry : due(programme).entrySet()) {
			if (issued.contains(entry.getKey().getId())) {
				continue;
			}
			String number = organisationId + "-" + programme.getStartsOn().getYear() + "-"
					+ String.format("%04d", ++sequence);
			certificates.save(new Certificate(number, code(), entry.getValue(), programme.getId(), organisationId,
					entry.getKey().getId(), clock.instant(), by));
			count++;
		}
		return count;
	}

	/** The programme's documents as its page lists them, in the order they were issued. */
	@Transactional(readOnly = true)
	public List<Issued> of(Programme programme) {
		List<Certificate> found = certificates.findByProgrammeIdOrderById(programme.getId());
		Map<Long, Participant> people = participants.findAllById(found.stream().map(Certificate::getParticipantId)
			.filter(java.util.Objects::nonNull).toList()).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		return found.stream().map(certificate -> {
			Participant participant = certificate.getParticipantId() == null ? null
					: people.get(certificate.getParticipantId());
			return new Issued(certificate.getId(), certificate.getNumber(), certificate.getKind(),
					certificate.getParticipantId(),
					participant == null ? "участник отозвал согласие" : participant.displayName(),
					RussianDates.format(certificate.getIssuedAt().atZone(programme.getZone()).toLocalDate()),
					participant != null);
		}).toList();
	}

	/** One document as a PDF; refused once its participant is forgotten (their consent revoked). */
	@Transactional(readOnly = true)
	public byte[] pdf(Programme programme, Long certificateId) {
		Certificate certificate = certificates.findById(certificateId)
			.filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new NotFound("Документ № " + certificateId + " не найден в программе"));
		PdfDocument pdf = PdfDocument.landscape(certificate.getKind().title() + " № " + certificate.getNumber());
		print(pdf, programme, certificate);
		return pdf.toBytes();
	}

	/** Every printable document of the programme in one PDF, a page each, to print at once. */
	@Transactional(readOnly = true)
	public byte[] pdf(Programme programme) {
		List<Certificate> printable = certificates.findByProgrammeIdOrderById(programme.getId()).stream()
			.filter(certificate -> certificate.getParticipantId() != null).toList();
		if (printable.isEmpty()) {
			throw new NotFound("В программе ещё нет выпущенных документов");
		}
		PdfDocument pdf = PdfDocument.landscape("Сертификаты и благодарственные письма — "
				+ programme.getOrganisation().getName() + ", " + programme.getAcademicYear());
		for (int i = 0; i < printable.size(); i++) {
			if (i > 0) {
				pdf.newPage();
			}
			print(pdf, programme, printable.get(i));
		}
		return pdf.toBytes();
	}

	private void print(PdfDocument pdf, Programme programme, Certificate certificate) {
		Participant participant = Optional.ofNullable(certificate.getParticipantId()).flatMap(participants::findById)
			.filter(found -> found.getStatus() != ParticipantStatus.WITHDRAWN)
			.orElseThrow(() -> new NoLongerAvailable("Документ № " + certificate.getNumber() + " не печатается: "
					+ "участник отозвал согласие на обработку персональных данных"));
		String url = verificationUrl(certificate);
		LocalDate issuedOn = certificate.getIssuedAt().atZone(programme.getZone()).toLocalDate();
		pdf.letterhead(programme.getOrganisation().getName(), null)
			.heading(certificate.getKind().title())
			.subtitle("№ " + certificate.getNumber())
			.centred(certificate.getKind() == CertificateKind.PARTICIPATION ? "Настоящий сертификат подтверждает, что"
					: "Выражаем искреннюю благодарность")
			.addressee(participant.getPerson().getFullName())
			.centred(certificate.getKind().wording() + " в " + programme.getAcademicYear() + " учебном году.")
			.centred("Дата выдачи: " + RussianDates.format(issuedOn))
			.signature("Руководитель организации", null)
			.mark(QrCode.png(url, 300), 80, "Проверить подлинность документа: " + url);
	}

	/** The address of the document's public verification page, which its QR code holds. */
	String verificationUrl(Certificate certificate) {
		return baseUrl + VERIFY_PATH + certificate.getVerificationCode();
	}

	/**
	 * What the public verification page says of a code: the document, if genuine, with the person's name only under
	 * a valid consent to publication; an unknown or malformed code is not a document of the system.
	 */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		return certificates.findByVerificationCode(code).map(certificate -> {
			Organisation organisation = organisations.findById(certificate.getOrganisationId()).orElseThrow();
			Optional<Participant> participant = Optional.ofNullable(certificate.getParticipantId())
				.flatMap(participants::findById);
			String name = participant.filter(consents::publicationAllowed)
				.map(found -> found.getPerson().getFullName()).orElse(null);
			String year = programmes.findById(certificate.getProgrammeId()).map(Programme::getAcademicYear)
				.orElseThrow();
			return new Verification(certificate.getNumber(), certificate.getKind().title(), organisation.getName(),
					year, RussianDates.format(certificate.getIssuedAt().atZone(organisation.getZone()).toLocalDate()),
					name);
		});
	}

	/** The participant's consent was revoked: their documents stay genuine, without them. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(Long participantId) {
		List<Certificate> theirs = certificates.findByParticipantId(participantId);
		theirs.forEach(Certificate::forgetParticipant);
		return theirs.size();
	}

	private String code() {
		char[] code = new char[16];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/**
	 * A document in the programme's list.
	 *
	 * @param printable false once the participant is forgotten
	 */
	public record Issued(Long id, String number, CertificateKind kind, Long participantId, String participant,
			String issuedOn, boolean printable) {
	}

	/**
	 * A genuine document as its public page shows it.
	 *
	 * @param name null without a valid consent to publication
	 */
	public record Verification(String number, String title, String organisation, String academicYear,
			String issuedOn, String name) {
	}
}
