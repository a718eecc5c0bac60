package io.hotline.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import org.postgresql.Driver;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * How the pool to an external PostgreSQL lets go of a server that died and finds the one
 * that took over (docs/deployment.md). A multi-host {@code HOTLINE_DB_URL} with
 * {@code targetServerType=primary} names the primary and its standby; the driver skips
 * the one that does not accept writes. A connection attempt gives up a host within
 * seconds, also one that accepts the TCP connection but never answers (a frozen or cut
 * off primary): while logging in every answer is awaited 3 s at most, after which the
 * connection's statements wait as long as {@code HOTLINE_DB_SOCKET_TIMEOUT} says (none by
 * default: a long migration or report is not cut). Parameters written into the URL win
 * over the driver's defaults here.
 */
final class FailoverSettings {

	/** The driver's defaults for an external database, each overridden by the URL. */
	static final Map<String, String> DRIVER = Map.of("connectTimeout", "5", "socketTimeout", "3", "loginTimeout", "15",
			"tcpKeepAlive", "true");

	private FailoverSettings() {
	}

	/**
	 * The pool's connections come from the driver with these defaults; a request waits
	 * {@code connectionTimeout} for one while no server accepts writes.
	 */
	static void apply(HikariConfig config, HotlineProperties.Db db, Duration connectionTimeout,
			Duration statementSocketTimeout) {
		Properties properties = new Properties();
		DRIVER.forEach(properties::setProperty);
		SimpleDriverDataSource driver = new SimpleDriverDataSource(new Driver(), db.url(), db.user(), db.password());
		driver.setConnectionProperties(properties);
		config.setDataSource(new StatementSocketTimeout(driver, statementSocketTimeout));
		// what the pool says it connects to (the benchmark's raw inserts read it)
		config.setJdbcUrl(db.url());
		config.setUsername(db.user());
		config.setPassword(db.password());
		config.setConnectionTimeout(connectionTimeout.toMillis());
		config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
		// idle connections are tried every 30 s, so that one to a vanished host is
		// dropped before a request takes it
		config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
	}

	/** Replaces the login's short socket timeout by the one for statements. */
	static final class StatementSocketTimeout extends DelegatingDataSource {

		private final int millis;

		StatementSocketTimeout(DataSource driver, Duration timeout) {
			super(driver);
			this.millis = Math.toIntExact(timeout.toMillis());
		}

		@Override
		public Connection getConnection() throws SQLException {
			return statements(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return statements(super.getConnection(username, password));
		}

		private Connection statements(Connection connection) throws SQLException {
			connection.setNetworkTimeout(Runnable::run, this.millis);
			return connection;
		}

	}

}
