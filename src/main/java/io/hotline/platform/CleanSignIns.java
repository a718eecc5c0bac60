package io.hotline.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user names and clients whose sign-in this instance found clean (nothing counted,
 * not locked, the account not changed lately) within the last {@link #FRESH}: an API
 * client signing in with every request is not asked about in the database each time. A
 * failure here forgets its entry at once; a lock or an account change made on another
 * instance counts here within {@link #FRESH}.
 */
final class CleanSignIns {

	static final Duration FRESH = Duration.ofSeconds(1);

	/** More entries than this and all are forgotten: a flood of names keeps nothing. */
	private static final int MOST = 10_000;

	private final Map<String, Long> until = new ConcurrentHashMap<>();

	boolean known(String username, String address) {
		Long fresh = this.until.get(key(username, address));
		return fresh != null && fresh - System.nanoTime() > 0;
	}

	void remember(String username, String address) {
		if (this.until.size() >= MOST) {
			this.until.clear();
		}
		this.until.put(key(username, address), System.nanoTime() + FRESH.toNanos());
	}

	void forget(String username, String address) {
		this.until.remove(key(username, address));
	}

	private static String key(String username, String address) {
		return username + '\n' + ClientNetwork.of(address);
	}

}
