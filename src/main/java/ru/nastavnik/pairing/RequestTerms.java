package ru.nastavnik.pairing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The meaningful words of a free-text questionnaire answer, reduced to their stems by Lucene's Russian analyzer
 * (Snowball stemmer, Russian stop words): «олимпиадам по математике» and «подготовка к олимпиаде, математика» share
 * «олимпиад» and «математик». Each stem keeps the first word it came from, to explain a match in the person's words.
 */
final class RequestTerms {

	private static final Analyzer RUSSIAN = new RussianAnalyzer();

	private final Map<String, String> words;

	private RequestTerms(Map<String, String> words) {
		this.words = words;
	}

	/** @param texts the answers, any of them {@code null} */
	static RequestTerms of(String... texts) {
		Map<String, String> words = new LinkedHashMap<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			try (TokenStream stream = RUSSIAN.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (term.length() > 2) {
						words.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset())
							.toLowerCase(java.util.Locale.ROOT));
					}
				}
				stream.end();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new RequestTerms(words);
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	int size() {
		return words.size();
	}

	/** @return the words of these terms whose stems the other terms share, as this side wrote them */
	java.util.List<String> sharedWith(RequestTerms other) {
		return words.entrySet().stream().filter(entry -> other.words.containsKey(entry.getKey()))
			.map(Map.Entry::getValue).toList();
	}
}
