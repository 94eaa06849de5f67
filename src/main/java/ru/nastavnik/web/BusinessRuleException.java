package ru.nastavnik.web;

import org.springframework.http.HttpStatus;

/** A request that is well-formed but breaks a business rule; the message is shown to a person, in Russian. */
public class BusinessRuleException extends RuntimeException {

	private final HttpStatus status;

	public BusinessRuleException(HttpStatus status, String russianDetail) {
		super(russianDetail);
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}
}
