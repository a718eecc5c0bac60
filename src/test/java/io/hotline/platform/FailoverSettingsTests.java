package io.hotline.platform;

import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's failover settings are defaults: what the operator writes into
 * HOTLINE_DB_URL wins.
 */
class FailoverSettingsTests {

	@Test
	void givesUpADeadServerWithinSecondsUnlessTheUrlSaysOtherwise() {
		HikariConfig config = new HikariConfig();
		FailoverSettings.apply(config, Duration.ofSeconds(7));
		assertThat(config.getConnectionTimeout()).isEqualTo(7_000);
		assertThat(config.getValidationTimeout()).isEqualTo(2_000);

		Properties defaults = config.getDataSourceProperties();
		Properties plain = Driver.parseURL("jdbc:postgresql://db1:5432,db2:5432/hotline?targetServerType=primary",
				defaults);
		assertThat(plain.getProperty("hostRecheckSeconds")).isEqualTo("2");
		assertThat(plain.getProperty("connectTimeout")).isEqualTo("5");
		assertThat(plain.getProperty("targetServerType")).isEqualTo("primary");

		Properties overridden = Driver.parseURL(
				"jdbc:postgresql://db1:5432,db2:5432/hotline?targetServerType=primary&hostRecheckSeconds=20", defaults);
		assertThat(overridden.getProperty("hostRecheckSeconds")).isEqualTo("20");
	}

}
