package ru.nastavnik.web;

/** Something the caller asked for does not exist, or is not theirs to see: both answer 404. */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String russianDetail) {
		super(russianDetail);
	}
}
