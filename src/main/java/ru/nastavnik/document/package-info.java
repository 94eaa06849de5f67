/** Printable documents the organisation signs and keeps: PDFs with an embedded Cyrillic font. */
@ApplicationModule(allowedDependencies = {})
package ru.nastavnik.document;

import org.springframework.modulith.ApplicationModule;
