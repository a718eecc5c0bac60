package io.hotline.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The ceiling under the API: how many order-sized rows per second the same PostgreSQL
 * commits, one row per transaction, from as many concurrent connections as the API had
 * clients.
 */
final class RawInserts {

	private static final String ROW = "天河区石牌街道华景社区居民反映：小区楼下餐馆油烟扰民，每天晚上排放油烟严重，请相关部门尽快处理。";

	private final String url;

	private final String user;

	private final String password;

	RawInserts(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	Latencies run(int clients, int rows) throws Exception {
		try (Connection setup = connect(); Statement statement = setup.createStatement()) {
			statement.execute("""
					create table if not exists benchmark_raw_insert (id bigserial primary key, number text not null,
						status text not null, type text not null, channel text not null, content text not null,
						address text, caller_phone text, created_by text not null, created_at timestamptz not null)""");
		}
		try {
			return ConcurrentRun.run(clients, rows, (client) -> {
				Connection connection = connect();
				PreparedStatement insert = connection.prepareStatement(
						"""
								insert into benchmark_raw_insert (number, status, type, channel, content, address,
									caller_phone, created_by, created_at) values (?, 'REGISTERED', 'COMPLAINT', 'PHONE', ?, ?, ?,
									'agent1', ?)""");
				return (c, sequence) -> {
					insert.setString(1, Long.toString(sequence));
					insert.setString(2, ROW);
					insert.setString(3, "天河区石牌街道华景社区");
					insert.setString(4, "13800138000");
					insert.setTimestamp(5, Timestamp.from(Instant.now()));
					return insert.executeUpdate() == 1;
				};
			});
		}
		finally {
			try (Connection cleanup = connect(); Statement statement = cleanup.createStatement()) {
				statement.execute("drop table benchmark_raw_insert");
			}
		}
	}

	private Connection connect() throws Exception {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

}
