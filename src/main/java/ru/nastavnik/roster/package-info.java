/** Lists of participants loaded from a spreadsheet (XLSX or CSV): checked row by row, then all or the valid rows. */
@ApplicationModule(allowedDependencies = { "document", "participant", "problem", "programme", "security", "time", "web" })
package ru.nastavnik.roster;

import org.springframework.modulith.ApplicationModule;
