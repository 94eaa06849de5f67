package ru.nastavnik.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Russian texts of mails, as Mustache templates in {@code templates/mail/NAME.mustache}: the first line is the
 * subject, the rest the body.
 */
@Component
class MailTemplates {

	record Mail(String subject, String body) {
	}

	private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(true);

	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	Mail render(String name, Map<String, ?> model) {
		String text = templates.computeIfAbsent(name, this::compile).execute(model);
		int endOfSubject = text.indexOf('\n');
		return new Mail(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 1).strip() + "\n");
	}

	private Template compile(String name) {
		ClassPathResource resource = new ClassPathResource("templates/mail/" + name + ".mustache");
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return compiler.compile(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Нет шаблона письма " + name, e);
		}
	}
}
