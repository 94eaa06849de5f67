/** HTTP errors as RFC 7807 problem JSON with a Russian detail. */
@ApplicationModule(allowedDependencies = { "problem" })
package ru.nastavnik.web;

import org.springframework.modulith.ApplicationModule;
