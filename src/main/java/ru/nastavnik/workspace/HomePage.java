package ru.nastavnik.workspace;

import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.web.WebPage;

/** Where a person lands after signing in: who they are, their organisations, and where their work is. */
@WebPage
class HomePage {

	@GetMapping("/")
	String show() {
		return "workspace/home";
	}
}
