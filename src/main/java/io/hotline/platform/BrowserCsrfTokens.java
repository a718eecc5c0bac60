package io.hotline.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The browser's CSRF tokens in the {@code XSRF-TOKEN} cookie, not handed to a request
 * that brings its own {@code Authorization} header: such a request (an integration, a
 * script, the benchmark) carries no ambient credentials, is exempt from the check and
 * never echoes a token, so it is spared a fresh cookie on every answer.
 */
final class BrowserCsrfTokens implements CsrfTokenRepository {

	private final CsrfTokenRepository cookies;

	BrowserCsrfTokens(CsrfTokenRepository cookies) {
		this.cookies = cookies;
	}

	static boolean carriesOwnCredentials(HttpServletRequest request) {
		return request.getHeader("Authorization") != null;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.cookies.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (!carriesOwnCredentials(request)) {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.cookies.loadToken(request);
	}

}
