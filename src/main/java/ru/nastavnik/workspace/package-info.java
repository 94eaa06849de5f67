/**
 * The workspace: the Russian pages people open in a browser after the one login — the home page with where each role
 * goes, and the frame (header, navigation, signing out) every capability's pages share.
 */
@ApplicationModule(allowedDependencies = { "problem", "security", "web" })
package ru.nastavnik.workspace;

import org.springframework.modulith.ApplicationModule;
