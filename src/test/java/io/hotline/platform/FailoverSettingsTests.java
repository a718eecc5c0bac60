package io.hotline.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hotline.support.ReplicatedPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pool to an external database lets go of a primary that stopped answering (frozen,
 * cut off: it still accepts TCP connections) and connects to the promoted standby; the
 * driver's settings are defaults that the URL overrides.
 */
class FailoverSettingsTests {

	@Test
	void connectsToThePromotedStandbyWhileTheOldPrimaryHangs() throws Exception {
		try (ReplicatedPostgres database = ReplicatedPostgres.start(Path.of("target"))) {
			HikariConfig config = new HikariConfig();
			FailoverSettings.apply(config, new HotlineProperties.Db(database.jdbcUrl(), "postgres", "", 2),
					Duration.ofSeconds(20), Duration.ofSeconds(3));
			config.setMaximumPoolSize(2);
			try (HikariDataSource pool = new HikariDataSource(config); Connection held = pool.getConnection()) {
				assertThat(port(held)).isEqualTo(database.primaryPort());
				database.freezePrimary();
				database.promoteStandby();
				long started = System.nanoTime();
				assertThatExceptionOfType(SQLException.class).as("a statement on the frozen primary")
					.isThrownBy(() -> port(held));
				try (Connection fresh = pool.getConnection()) {
					assertThat(port(fresh)).isEqualTo(database.standbyPort());
				}
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
			}
		}
	}

	@Test
	void theUrlWinsOverTheDefaults() {
		Properties defaults = new Properties();
		FailoverSettings.DRIVER.forEach(defaults::setProperty);
		Properties plain = Driver.parseURL("jdbc:postgresql://db1:5432,db2:5432/hotline?targetServerType=primary",
				defaults);
		assertThat(plain.getProperty("connectTimeout")).isEqualTo("5");
		assertThat(plain.getProperty("targetServerType")).isEqualTo("primary");
		Properties overridden = Driver.parseURL(
				"jdbc:postgresql://db1:5432,db2:5432/hotline?targetServerType=primary&connectTimeout=20", defaults);
		assertThat(overridden.getProperty("connectTimeout")).isEqualTo("20");
	}

	private static int port(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show port")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
