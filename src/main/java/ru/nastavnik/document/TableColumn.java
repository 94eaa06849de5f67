package ru.nastavnik.document;

import java.util.List;

/** A column of a list people fill in from a template: the title the template gives it, and others people use. */
public interface TableColumn {

	/** The title in the template, used in messages. */
	String title();

	/** Every title the column is known by, the template's own first. */
	List<String> titles();
}
