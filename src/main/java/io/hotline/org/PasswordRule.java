package io.hotline.org;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * What a new or changed password must be: at least {@value #SHORTEST} characters, of at
 * least two kinds (letters, digits, anything else), without the user name in it, and at
 * most {@value #LONGEST_BYTES} bytes (what BCrypt takes). The demo password
 * ({@code HOTLINE_DEMO_PASSWORD}) of the demo users and the first administrator's
 * password from the environment are the deployment's own choice and are not checked here.
 */
final class PasswordRule {

	static final int SHORTEST = 10;

	static final int LONGEST_BYTES = 72;

	private PasswordRule() {
	}

	/** Refuses (400) a password that breaks the rule, naming what is wrong. */
	static void check(String password, String username) {
		Problem problem = problem(password, username);
		if (problem != null) {
			throw problem;
		}
	}

	/** Whether the password keeps the rule. */
	static boolean kept(String password, String username) {
		return problem(password, username) == null;
	}

	private static Problem problem(String password, String username) {
		if (password == null || password.isBlank()) {
			return Problem.invalid("request.required", "password");
		}
		if (password.codePointCount(0, password.length()) < SHORTEST) {
			return Problem.invalid("user.password-short", SHORTEST);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
			return Problem.invalid("user.password-long", LONGEST_BYTES);
		}
		if (kinds(password) < 2) {
			return Problem.invalid("user.password-one-kind");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Problem.invalid("user.password-has-username");
		}
		return null;
	}

	private static int kinds(String password) {
		boolean letters = password.codePoints().anyMatch(Character::isLetter);
		boolean digits = password.codePoints().anyMatch(Character::isDigit);
		boolean others = password.codePoints().anyMatch((c) -> !Character.isLetterOrDigit(c));
		return (letters ? 1 : 0) + (digits ? 1 : 0) + (others ? 1 : 0);
	}

}
