/** Printable documents the organisation signs and keeps: PDFs with an embedded Cyrillic font. */
package ru.nastavnik.document;
