package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.hotline.HotlineApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HOTLINE_DB_URL names a PostgreSQL of the operator's; the platform then starts no
 * cluster of its own, and gives up a connection to a server that died within seconds
 * (FailoverSettings).
 */
class ExternalDatabaseTests {

	@Test
	void usesTheExternalDatabaseInsteadOfAnEmbeddedOne() throws Exception {
		Path serverDir = Files.createTempDirectory(Path.of("target"), "external-");
		Path dataDir = Files.createTempDirectory(Path.of("target"), "platform-");
		try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(serverDir);
				ConfigurableApplicationContext platform = new SpringApplicationBuilder(HotlineApplication.class)
					.web(WebApplicationType.NONE)
					.run("--hotline.data-dir=" + dataDir, "--hotline.db.url=" + external.jdbcUrl(),
							"--hotline.db.user=postgres", "--hotline.db.password=", "--hotline.jurisdiction=4403",
							"--logging.level.root=warn", "--hotline.analytics.hotspots-at-start=false",
							"--hotline.duplicates.meaning-backfill=false")) {
			JdbcTemplate jdbc = new JdbcTemplate(
					new org.springframework.jdbc.datasource.DriverManagerDataSource(external.jdbcUrl()));
			assertThat(jdbc.queryForObject("select name from division where code = '4403'", String.class))
				.isEqualTo("深圳市");
			assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
				.isEqualTo(1);
			assertThat(dataDir.resolve("postgres")).doesNotExist();
			HikariDataSource pool = platform.getBean(HikariDataSource.class);
			assertThat(pool.getDataSource()).isInstanceOf(FailoverSettings.StatementSocketTimeout.class);
			assertThat(pool.getConnectionTimeout()).isEqualTo(10_000);
			assertThat(pool.getKeepaliveTime()).isEqualTo(30_000);
		}
	}

}
