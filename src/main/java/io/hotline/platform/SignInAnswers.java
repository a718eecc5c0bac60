package io.hotline.platform;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

	/**
	 * Swagger UI asked for without signing in: to the workstation's sign-in page, which
	 * comes back to it.
	 */
	static void toSwaggerUi(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.sendRedirect("/login?next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
	}

	static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex,
			LocaleResolver locales) throws IOException {
		if (ex instanceof SignInThrottled throttled) {
			ProblemEntryPoint.throttled(response, throttled, locales.resolveLocale(request));
			return;
		}
		ProblemEntryPoint.write(response, HttpStatus.UNAUTHORIZED,
				ProblemMessages.text("access.bad-credentials", locales.resolveLocale(request)));
	}

}
