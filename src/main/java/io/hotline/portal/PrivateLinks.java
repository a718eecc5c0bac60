package io.hotline.portal;

import io.hotline.platform.Problem;
import io.hotline.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The private links of portal submissions: a token of 32 random bytes, shown once, of
 * which only the SHA-256 is kept.
 */
@Component
class PrivateLinks {

	private final JdbcClient jdbc;

	PrivateLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The order behind a private token; an unknown token is 404. */
	long orderOf(String token) {
		if (token == null || token.length() < 20 || token.length() > 64) {
			throw Problem.notFound("portal.unknown-token");
		}
		return this.jdbc.sql("select order_id from portal_submission where token_hash = ?")
			.param(hash(token))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> Problem.notFound("portal.unknown-token"));
	}

	static String newToken() {
		return Secrets.newToken(32);
	}

	static String hash(String token) {
		return Secrets.sha256(token);
	}

}
