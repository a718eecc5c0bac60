package io.hotline.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At most so many attempts per client in a fixed window that opens with the client's
 * first attempt; every attempt counts, refused ones too. The windows are rows of
 * {@code rate_window} that every instance of a cluster counts in, each attempt by one
 * atomic upsert, so that the instances share one budget; ended windows are deleted by
 * {@link PortalLimits#sweep()}.
 */
final class ClientWindows {

	private static final String COUNT = """
			insert into rate_window as w (rule, client, ends_at, attempts) values (?, ?, ?, 1)
			on conflict (rule, client) do update set
				attempts = case when w.ends_at <= ? then 1 else least(w.attempts + 1, ?) end,
				ends_at = case when w.ends_at <= ? then excluded.ends_at else w.ends_at end
			returning attempts, ends_at""";

	private final JdbcTemplate jdbc;

	private final String rule;

	private final int limit;

	private final Duration window;

	private final LongSupplier millis;

	/**
	 * @param rule the limit's name in the table
	 * @param millis the wall clock in milliseconds ({@link System#currentTimeMillis()}
	 * but in tests): the instances of a cluster share it, give or take their clocks'
	 * drift
	 */
	ClientWindows(JdbcTemplate jdbc, String rule, int limit, Duration window, LongSupplier millis) {
		if (limit < 1) {
			throw new IllegalArgumentException("A limit of at least 1 attempt per window is needed, not " + limit);
		}
		this.jdbc = jdbc;
		this.rule = rule;
		this.limit = limit;
		this.window = window;
		this.millis = millis;
	}

	int limit() {
		return this.limit;
	}

	/**
	 * Counts an attempt of the client: empty while within the limit, else how long to
	 * wait.
	 */
	Optional<Duration> admit(String client) {
		long now = this.millis.getAsLong();
		OffsetDateTime at = time(now);
		Window counted = this.jdbc.queryForObject(COUNT,
				(row, i) -> new Window(row.getInt(1), row.getObject(2, OffsetDateTime.class)), this.rule, client,
				time(now + this.window.toMillis()), at, this.limit + 1, at);
		return (counted.attempts() <= this.limit) ? Optional.empty()
				: Optional.of(Duration.ofMillis(counted.ends().toInstant().toEpochMilli() - now));
	}

	/** How many clients are remembered now. */
	int clients() {
		return this.jdbc.queryForObject("select count(*) from rate_window where rule = ?", Integer.class, this.rule);
	}

	/** Deletes the windows that ended. */
	void sweep() {
		this.jdbc.update("delete from rate_window where rule = ? and ends_at <= ?", this.rule,
				time(this.millis.getAsLong()));
	}

	void clear() {
		this.jdbc.update("delete from rate_window where rule = ?", this.rule);
	}

	private static OffsetDateTime time(long millis) {
		return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
	}

	/** A client's window: how many attempts it counted (at most one over the limit). */
	private record Window(int attempts, OffsetDateTime ends) {

	}

}
