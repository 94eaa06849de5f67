/** HTTP errors as RFC 7807 problem JSON with a Russian detail. */
package ru.nastavnik.web;
