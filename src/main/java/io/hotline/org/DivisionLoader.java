package io.hotline.org;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.StartupOrder;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the configured jurisdiction's divisions into {@code division} at start-up, in
 * every mode (the server, tasks and tests all resolve addresses against them). The rows
 * go through {@code COPY} into a scratch table and from there into {@code division},
 * skipping codes already present: a province's 20,000 rows take well under a second, and
 * a restart, or a second jurisdiction sharing ancestors, never loads a row twice.
 */
@Component
@Order(StartupOrder.DIVISIONS)
class DivisionLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DivisionLoader.class);

	private final HotlineProperties properties;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DivisionLoader(HotlineProperties properties, DataSource dataSource, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		String jurisdiction = this.properties.jurisdiction();
		if (loaded(jurisdiction)) {
			log.debug("Divisions of jurisdiction {} already loaded", jurisdiction);
			return;
		}
		load(jurisdiction);
	}

	boolean loaded(String jurisdiction) {
		return this.jdbc.sql("select exists (select 1 from division where code = ?)")
			.param(jurisdiction)
			.query(Boolean.class)
			.single();
	}

	/** Loads the jurisdiction and answers how many divisions were new. */
	int load(String jurisdiction) {
		long started = System.nanoTime();
		List<Division> divisions;
		try {
			divisions = OfficialDivisions.of(jurisdiction);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot start: HOTLINE_JURISDICTION is wrong. " + ex.getMessage(), ex);
		}
		Integer inserted = this.transactions.execute((status) -> copy(divisions));
		log.info("Loaded {} divisions of jurisdiction {} ({} new) in {} ms", divisions.size(), jurisdiction, inserted,
				(System.nanoTime() - started) / 1_000_000);
		return (inserted != null) ? inserted : 0;
	}

	private int copy(List<Division> divisions) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temp table division_load (like division) on commit drop");
			}
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy division_load (code, name, level, parent_code) from stdin",
						new StringReader(copyText(divisions)));
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException("Cannot load the divisions: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		return this.jdbc.sql("""
				insert into division (code, name, level, parent_code)
				select code, name, level, parent_code from division_load order by level, code
				on conflict (code) do nothing""").update();
	}

	/** COPY's text format: tab-separated, {@code \N} for null. */
	private static String copyText(List<Division> divisions) {
		StringBuilder text = new StringBuilder(divisions.size() * 48);
		for (Division division : divisions) {
			text.append(division.code())
				.append('\t')
				.append(escape(division.name()))
				.append('\t')
				.append(division.level())
				.append('\t')
				.append((division.parentCode() != null) ? division.parentCode() : "\\N")
				.append('\n');
		}
		return text.toString();
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
