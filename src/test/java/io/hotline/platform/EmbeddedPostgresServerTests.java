package io.hotline.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTests {

	@Test
	void keepsItsDataAcrossRestartsAndRefusesASecondOwner() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "epg-");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
			execute(first, "create table kept (note text); insert into kept values ('还在')");
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another running hotline platform");
		}
		try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir);
				Connection connection = DriverManager.getConnection(second.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("还在");
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
