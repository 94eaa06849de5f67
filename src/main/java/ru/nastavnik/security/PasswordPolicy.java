package ru.nastavnik.security;

import java.util.Locale;

/**
 * What a password must be, for the administrator from the environment and for everyone who sets their own: at least
 * {@value #MIN_LENGTH} characters with lower and upper case letters and digits, and not the login.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private PasswordPolicy() {
	}

	/** Why the password cannot be this login's, in Russian, or {@code null} when it can. */
	public static String refusal(String login, String password) {
		if (password == null || password.isEmpty()) {
			return "Задайте пароль";
		}
		if (password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
			return "Пароль не должен совпадать с логином или содержать его";
		}
		boolean strong = password.length() >= MIN_LENGTH
				&& password.chars().anyMatch(Character::isLowerCase)
				&& password.chars().anyMatch(Character::isUpperCase)
				&& password.chars().anyMatch(Character::isDigit);
		return strong ? null : "Пароль слишком простой: нужно не меньше " + MIN_LENGTH
				+ " символов, строчные и прописные буквы и цифры";
	}
}
