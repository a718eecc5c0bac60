package io.hotline.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users' display names as timelines show them, remembered: every order's view names the
 * actors of its timeline, and a query for them on each view (each registration's answer
 * among them) would cost more than the view. A name that is no user's ({@code system}) is
 * remembered as none; a changed or added account is forgotten.
 */
final class DisplayNames {

	/**
	 * Past this many remembered names, all are forgotten: users number in the thousands.
	 */
	private static final int MOST = 20_000;

	private final JdbcClient jdbc;

	private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

	DisplayNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> of(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		List<String> unknown = usernames.stream().distinct().filter((u) -> !this.known.containsKey(u)).toList();
		if (!unknown.isEmpty()) {
			if (this.known.size() > MOST) {
				this.known.clear();
			}
			Map<String, String> found = new HashMap<>();
			this.jdbc.sql("select username, display_name from app_user where username = any(?)")
				.param(unknown.toArray(String[]::new))
				.query((rs, n) -> found.put(rs.getString(1), rs.getString(2)))
				.list();
			unknown.forEach((u) -> this.known.put(u, Optional.ofNullable(found.get(u))));
		}
		for (String username : usernames) {
			Optional<String> name = this.known.get(username);
			if (name != null && name.isPresent()) {
				names.put(username, name.get());
			}
		}
		return names;
	}

	void forget(String username) {
		this.known.remove(username);
	}

}
