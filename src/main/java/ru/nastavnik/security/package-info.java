/** Who may do what: role groups, tenants, authentication of the REST doors, and the guards Camunda 7 CE lacks. */
package ru.nastavnik.security;
