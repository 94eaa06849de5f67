package ru.nastavnik.certificate;

import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeWorkPage;
import ru.nastavnik.security.CurrentUser;

/** The programme's page links its certificates and letters of thanks for the roles that see them. */
@Component
class CertificatePageLink implements ProgrammeWorkPage {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Link> link(Programme programme, CurrentUser user) {
		if (CertificatePages.READERS.stream().noneMatch(user::has)) {
			return Optional.empty();
		}
		return Optional.of(new Link("Сертификаты и благодарственные письма", "/programmes/" + programme.getId()
				+ "/certificates", "документы участникам, чьи пары завершили работу, с QR-кодом проверки подлинности"));
	}
}
