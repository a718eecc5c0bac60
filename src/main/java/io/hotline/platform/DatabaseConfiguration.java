package io.hotline.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL database: the external one named by {@code HOTLINE_DB_URL}, or else the
 * embedded cluster under {@code HOTLINE_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresHolder embeddedPostgres(HotlineProperties properties) {
		return new EmbeddedPostgresHolder(
				properties.db().external() ? null : EmbeddedPostgresServer.start(properties.dataDir()));
	}

	@Bean
	DataSource dataSource(HotlineProperties properties, EmbeddedPostgresHolder embedded) {
		HikariConfig config = new HikariConfig();
		HotlineProperties.Db db = properties.db();
		if (embedded.server() != null) {
			config.setJdbcUrl(embedded.server().jdbcUrl());
		}
		else {
			config.setJdbcUrl(db.url());
			config.setUsername(db.user());
			config.setPassword(db.password());
		}
		config.setMaximumPoolSize(ServerSizing.perCore(db.poolSize()));
		config.setPoolName("hotline");
		return new HikariDataSource(config);
	}

	record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.server != null) {
				this.server.close();
			}
		}

	}

}
