package io.hotline.portal;

import java.time.Duration;
import java.util.function.LongSupplier;

import io.hotline.platform.ClientNetwork;
import io.hotline.platform.Problem;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portal's protection against abuse, per client address in one-minute windows:
 * submissions, and lookups of private links (tracking, photo, rating), which would
 * otherwise let a client guess tokens. An IPv6 client counts by its /64 network, which a
 * single host usually has to itself. Beyond the limit: 429 with {@code Retry-After}.
 * <p>
 * Counted in the database ({@link ClientWindows}), so that the instances of a cluster
 * behind a load balancer share one budget per client rather than each granting its own.
 */
@Component
public class PortalLimits {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final ClientWindows submissions;

	private final ClientWindows lookups;

	private final ClientWindows searches;

	private final ClientWindows tracks;

	@Autowired
	PortalLimits(JdbcTemplate jdbc, @Value("${hotline.portal.tracks-per-minute:10}") int tracksPerMinute,
			@Value("${hotline.portal.submissions-per-minute:5}") int submissionsPerMinute,
			@Value("${hotline.portal.lookups-per-minute:60}") int lookupsPerMinute,
			@Value("${hotline.portal.searches-per-minute:120}") int searchesPerMinute) {
		this(jdbc, "", tracksPerMinute, submissionsPerMinute, lookupsPerMinute, searchesPerMinute,
				System::currentTimeMillis);
	}

	/**
	 * @param scope what the rules' names begin with (tests keep their own counts apart)
	 * @param millis the wall clock in milliseconds
	 */
	PortalLimits(JdbcTemplate jdbc, String scope, int tracksPerMinute, int submissionsPerMinute, int lookupsPerMinute,
			int searchesPerMinute, LongSupplier millis) {
		this.submissions = new ClientWindows(jdbc, scope + "portal.submit", submissionsPerMinute, MINUTE, millis);
		this.lookups = new ClientWindows(jdbc, scope + "portal.lookup", lookupsPerMinute, MINUTE, millis);
		this.searches = new ClientWindows(jdbc, scope + "portal.search", searchesPerMinute, MINUTE, millis);
		this.tracks = new ClientWindows(jdbc, scope + "portal.track", tracksPerMinute, MINUTE, millis);
	}

	/**
	 * Counts a lookup by tracking number and phone of the client (a guess, where either
	 * is wrong), refusing it beyond the limit: fewer than by private link, for a number
	 * and a phone are easier to guess than a token.
	 */
	public void admitTrack(String client) {
		this.tracks.admit(network(client)).ifPresent((wait) -> {
			throw Problem.tooMany(wait, "portal.too-many-lookups", this.tracks.limit());
		});
	}

	/**
	 * Counts a public search of the knowledge base (or a read or feedback) of the client,
	 * refusing it beyond the limit.
	 */
	public void admitSearch(String client) {
		this.searches.admit(network(client)).ifPresent((wait) -> {
			throw Problem.tooMany(wait, "portal.too-many-searches", this.searches.limit());
		});
	}

	/** Counts a submission of the client, refusing it beyond the limit. */
	public void admitSubmission(String client) {
		this.submissions.admit(network(client)).ifPresent((wait) -> {
			throw Problem.tooMany(wait, "portal.too-many", this.submissions.limit());
		});
	}

	/** Counts a lookup by private token of the client, refusing it beyond the limit. */
	public void admitLookup(String client) {
		this.lookups.admit(network(client)).ifPresent((wait) -> {
			throw Problem.tooMany(wait, "portal.too-many-lookups", this.lookups.limit());
		});
	}

	/** Deletes the ended windows, by one instance at a time, once a minute. */
	@Scheduled(fixedDelayString = "${hotline.portal.sweep-ms:60000}")
	@SchedulerLock(name = "portal-limits-sweep", lockAtLeastFor = "PT30S")
	void sweep() {
		this.submissions.sweep();
		this.lookups.sweep();
		this.searches.sweep();
		this.tracks.sweep();
	}

	/** Forgets every attempt (for tests). */
	public void clear() {
		this.submissions.clear();
		this.lookups.clear();
		this.searches.clear();
		this.tracks.clear();
	}

	/** What a client counts as: its IPv4 address, or its IPv6 /64 network. */
	static String network(String address) {
		return ClientNetwork.of(address);
	}

}
