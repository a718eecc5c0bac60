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
		return this.jdbc
			.sql("select order_id from portal_submission where token_hash = ? "
					+ "union all select order_id from portal_link where token_hash = ? limit 1")
			.params(hash(token), hash(token))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> Problem.notFound("portal.unknown-token"));
	}

	/**
	 * A new private link to the order, for a citizen who proved to know its number and
	 * phone; answers the token, of which only the hash is kept.
	 */
	String issue(long orderId, java.time.Instant at) {
		String token = newToken();
		this.jdbc.sql("insert into portal_link (token_hash, order_id, created_at) values (?, ?, ?)")
			.params(hash(token), orderId, java.sql.Timestamp.from(at))
			.update();
		return token;
	}

	/**
	 * The order of the number whose caller gave this phone, digits compared; none where
	 * either is wrong, without saying which.
	 */
	java.util.Optional<Long> orderOf(String number, String phone) {
		String digits = digits(phone);
		if (number == null || number.isBlank() || digits.length() < 5) {
			return java.util.Optional.empty();
		}
		return this.jdbc.sql("select id, caller_phone from portal_order_phone where number = ?")
			.param(number.strip())
			.query((rs, n) -> digits.equals(digits(rs.getString(2))) ? rs.getLong(1) : null)
			.optional();
	}

	private static String digits(String phone) {
		return phone == null ? "" : phone.replaceAll("\\D", "");
	}

	static String newToken() {
		return Secrets.newToken(32);
	}

	static String hash(String token) {
		return Secrets.sha256(token);
	}

}
