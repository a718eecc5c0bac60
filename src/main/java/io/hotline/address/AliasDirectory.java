package io.hotline.address;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
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

	/**
	 * Names of districts merged away that people still say (芳村, 闸北, 崇文区), and old area
	 * names (雁滩): built in, beneath the administrators' aliases, which may override them.
	 */
	private static final List<String[]> FORMER_NAMES = formerNames();

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
		for (String[] former : FORMER_NAMES) {
			int division = divisions.indexOf(former[1]);
			if (division >= 0) {
				entries.add(new AliasTable.Entry(former[0], division, false));
			}
		}
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

	private static List<String[]> formerNames() {
		try (InputStream in = new ClassPathResource("address/former-names.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.map((line) -> line.split(",", 3))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
