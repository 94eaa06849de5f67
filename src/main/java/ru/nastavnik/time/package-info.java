/** Time as the business sees it: the engine-aligned clock and dates written the Russian way. */
package ru.nastavnik.time;
