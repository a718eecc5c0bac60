package io.hotline.address;

import io.hotline.platform.ChangeFeeds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The address aliases other instances of a cluster write, in force here within a second:
 * every half second (a {@link ChangeFeeds} feed) the aliases in force are counted and
 * their change numbers ({@code change_seq}, a new one at every write) summed; where
 * either differs from the last poll, the {@link AliasDirectory} reads them again on next
 * use. An added or removed alias changes the count, an edited one the sum (its new number
 * is higher than any before), whichever order the writes commit in. The national
 * divisions are reference data of the jar: nothing to follow.
 */
@Component
class AliasesElsewhere {

	private final JdbcClient jdbc;

	private final AliasDirectory directory;

	private volatile String seen;

	AliasesElsewhere(JdbcClient jdbc, AliasDirectory directory, ChangeFeeds feeds) {
		this.jdbc = jdbc;
		this.directory = directory;
		feeds.follow("address-aliases", this::poll);
	}

	void poll() {
		String now = this.jdbc.sql("""
				select count(*) || ':' || coalesce(sum(change_seq), 0) from address_alias
				where source = 'ADMIN' or confirmations >= ?""")
			.param(this.directory.learnAfter())
			.query(String.class)
			.single();
		if (!now.equals(this.seen)) {
			// the first poll too: a change may have come between the table's first read
			// and now
			this.directory.changed();
			this.seen = now;
		}
	}

}
