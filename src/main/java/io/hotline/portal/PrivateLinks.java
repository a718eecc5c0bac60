package io.hotline.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The private links of portal submissions: a token of 32 random bytes, shown once, of
 * which only the SHA-256 is kept.
 */
@Component
class PrivateLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
