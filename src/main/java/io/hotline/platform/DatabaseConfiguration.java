package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL database: the external one named by {@code HOTLINE_DB_URL} (a primary
 * and its standby given as one multi-host URL: {@link FailoverSettings}), or else the
 * embedded cluster under {@code HOTLINE_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineProperties.class)
class DatabaseConfiguration {

	/**
	 * The embedded PostgreSQL, unless an external one is configured; a disposable data
	 * directory (the tests' own, {@code hotline.data-dir-disposable}) is removed once it
	 * has stopped.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgresHolder embeddedPostgres(HotlineProperties properties,
			@Value("${hotline.data-dir-disposable:false}") boolean disposable) {
		return new EmbeddedPostgresHolder(
				properties.db().external() ? null : EmbeddedPostgresServer.start(properties.dataDir()),
				disposable ? properties.dataDir() : null);
	}

	@Bean
	DataSource dataSource(HotlineProperties properties, EmbeddedPostgresHolder embedded,
			@Value("${hotline.db.connection-timeout:10s}") Duration connectionTimeout,
			@Value("${hotline.db.socket-timeout:0s}") Duration socketTimeout) {
		HikariConfig config = new HikariConfig();
		HotlineProperties.Db db = properties.db();
		if (embedded.server() != null) {
			config.setJdbcUrl(embedded.server().jdbcUrl());
		}
		else {
			FailoverSettings.apply(config, db, connectionTimeout, socketTimeout);
		}
		config.setMaximumPoolSize(ServerSizing.perCore(db.poolSize()));
		config.setPoolName("hotline");
		return new HikariDataSource(config);
	}

	record EmbeddedPostgresHolder(EmbeddedPostgresServer server, Path disposable) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.server != null) {
				this.server.close();
			}
			if (this.disposable != null && Files.isDirectory(this.disposable)) {
				try (Stream<Path> files = Files.walk(this.disposable)) {
					files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
				}
			}
		}

	}

}
