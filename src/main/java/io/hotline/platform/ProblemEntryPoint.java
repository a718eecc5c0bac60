package io.hotline.platform;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 of the API as problem+json, in the language of the request (the security
 * filters run before Spring MVC sets it, so this resolves it itself), and the 429 of a
 * sign-in refused while locked.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final LocaleResolver locales;

	ProblemEntryPoint(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottled throttled) {
			throttled(response, throttled, language(request));
			return;
		}
		// The workstation's own calls get no challenge, which would pop up the browser's
		// Basic dialog.
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"hotline\"");
		}
		write(response, HttpStatus.UNAUTHORIZED, ProblemMessages.text("access.sign-in", language(request)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String key = (ex instanceof CsrfException) ? "access.csrf" : "access.denied";
		write(response, HttpStatus.FORBIDDEN, ProblemMessages.text(key, language(request)));
	}

	private Locale language(HttpServletRequest request) {
		return this.locales.resolveLocale(request);
	}

	/** 429 with {@code Retry-After}: too many refused sign-ins before this one. */
	static void throttled(HttpServletResponse response, SignInThrottled throttled, Locale locale) throws IOException {
		long seconds = throttled.retryAfterSeconds();
		response.setHeader("Retry-After", Long.toString(seconds));
		write(response, HttpStatus.TOO_MANY_REQUESTS,
				ProblemMessages.text("access.too-many-sign-ins", locale, Long.toString(seconds)));
	}

	static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
