package io.hotline.address;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aliases in force, read from the database into a form table on first use and again
 * after every change made through this process: administrators' aliases, and learned ones
 * confirmed often enough.
 */
@Component
@EnableConfigurationProperties(AddressProperties.class)
class AliasDirectory {

	private final JdbcClient jdbc;

	private final NationalGazetteer gazetteer;

	private final int learnAfter;

	private final AtomicLong changes = new AtomicLong();

	private volatile AliasTable table;

	AliasDirectory(JdbcClient jdbc, NationalGazetteer gazetteer, AddressProperties properties) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.learnAfter = properties.learnAfter();
	}

	int learnAfter() {
		return this.learnAfter;
	}

	AliasTable table() {
		AliasTable current = this.table;
		if (current == null) {
			long version = this.changes.get();
			current = read();
			if (this.changes.get() == version) {
				// a change during the read leaves the table to the next reader
				this.table = current;
			}
		}
		return current;
	}

	/** Reads the aliases again on next use. */
	void changed() {
		this.changes.incrementAndGet();
		this.table = null;
	}

	private AliasTable read() {
		Gazetteer divisions = this.gazetteer.get();
		List<AliasTable.Entry> entries = new ArrayList<>();
		this.jdbc.sql("""
				select alias, division_code, source from address_alias
				where source = 'ADMIN' or confirmations >= ?""").param(this.learnAfter).query((rs, n) -> {
			int division = divisions.indexOf(rs.getString("division_code"));
			if (division >= 0) {
				entries.add(new AliasTable.Entry(rs.getString("alias"), division,
						"LEARNED".equals(rs.getString("source"))));
			}
			return null;
		}).list();
		return new AliasTable(entries);
	}

}
