/** Who may do what: role groups, tenants, authentication of the REST doors, and the guards Camunda 7 CE lacks. */
@ApplicationModule(allowedDependencies = { "web" })
package ru.nastavnik.security;

import org.springframework.modulith.ApplicationModule;
