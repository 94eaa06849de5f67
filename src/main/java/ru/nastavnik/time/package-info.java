/** Time as the business sees it: the engine-aligned clock and dates written the Russian way. */
@ApplicationModule(allowedDependencies = {})
package ru.nastavnik.time;

import org.springframework.modulith.ApplicationModule;
