package io.hotline.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The answers of the browser's {@code POST /login}: JSON for the single-page workstation
 * instead of the redirects of a server-rendered form.
 */
final class SignInAnswers {

	private SignInAnswers() {
	}

	static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String name = authentication.getName().replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter().write("{\"username\":\"" + name + "\"}");
	}

	static void refused(HttpServletRequest request, HttpServletResponse response, LocaleResolver locales)
			throws IOException {
		ProblemEntryPoint.write(response, HttpStatus.UNAUTHORIZED,
				ProblemMessages.text("access.bad-credentials", locales.resolveLocale(request)));
	}

}
