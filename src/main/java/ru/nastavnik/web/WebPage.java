package ru.nastavnik.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of pages people read in a browser (HTML in Russian), as opposed to a {@code @RestController} of the
 * API for integrations: its errors become a page, not problem JSON, and every page gets the frame with the person.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {
}
