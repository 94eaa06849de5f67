package ru.nastavnik.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.web.WebPage;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one login page, in Russian, for everybody who works in a browser. It says why a sign-in failed without saying
 * whether the login exists, and why the person is back here: signed out, or the session ran out.
 */
@WebPage
class SignInPage implements AuthenticationFailureHandler {

	static final String PATH = "/login";

	/** Where the reason of the last failed sign-in waits for the page (a redirect apart). */
	private static final String FAILURE = SignInPage.class.getName() + ".failure";

	@GetMapping(PATH)
	String show(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, @RequestParam(required = false) String invited,
			HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (error != null && session != null && session.getAttribute(FAILURE) != null) {
			model.addAttribute("failure", session.getAttribute(FAILURE));
			session.removeAttribute(FAILURE);
		}
		else if (error != null) {
			model.addAttribute("failure", CamundaIdentityAuthenticationProvider.WRONG);
		}
		model.addAttribute("signedOut", logout != null);
		model.addAttribute("expired", expired != null);
		model.addAttribute("invited", invited != null);
		return "sign-in";
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(FAILURE, exception.getMessage());
		response.sendRedirect(request.getContextPath() + PATH + "?error");
	}

	/**
	 * Sessions: a new one on signing in, and a request with a session that has ended is sent to sign in again —
	 * the webapps' API answers 401, which their scripts turn into the same page.
	 */
	void sessions(HttpSecurity http) throws Exception {
		http.sessionManagement(sessions -> sessions
			.sessionFixation(fixation -> fixation.migrateSession())
			.invalidSessionStrategy((request, response) -> {
				// a fresh session, so the next request is not taken for an ended one again
				request.getSession();
				if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
					response.sendError(HttpStatus.UNAUTHORIZED.value());
				}
				else {
					response.sendRedirect(request.getContextPath() + PATH + "?expired");
				}
			}));
	}
}
