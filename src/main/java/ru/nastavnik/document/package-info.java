/**
 * Documents the organisation signs, keeps and fills in: PDFs with an embedded Cyrillic font, XLSX workbooks, and the
 * tables people upload (XLSX or CSV) read row by row against a template's columns.
 */
@ApplicationModule(allowedDependencies = { "time" })
package ru.nastavnik.document;

import org.springframework.modulith.ApplicationModule;
