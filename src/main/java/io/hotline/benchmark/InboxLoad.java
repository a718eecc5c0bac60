package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with orders spread over every unit (nine in ten closed, the rest
 * waiting at their units with deadlines around today), then asks for one unit's inbox, by
 * deadline, as its handler.
 */
final class InboxLoad {

	private static final int BATCH = 100_000;

	private final JdbcTemplate jdbc;

	InboxLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds orders until the database holds at least {@code total}; returns how many it
	 * holds.
	 */
	long fill(long total, IntConsumer progress) {
		long existing = count();
		for (long from = existing; from < total; from += BATCH) {
			long to = Math.min(total, from + BATCH);
			this.jdbc.update("""
					insert into work_order (number, status, type, channel, urgency, content, address, main_unit_id,
						deadline, created_by, created_at, updated_at, dispatch_count)
					select 'B' || lpad(g::text, 10, '0'),
						(array['DISPATCHED', 'HANDLING', 'CLOSED'])[least(3, 1 + floor(random() * 40)::int)],
						'COMPLAINT', 'PHONE', 'NORMAL', '小区楼下餐馆油烟扰民，请相关部门处理。', '天河区石牌街道',
						u.ids[1 + (g % u.n)], now() + (random() * 40 - 20) * interval '1 day', 'benchmark',
						now() - random() * interval '365 days', now(), 1
					from generate_series(?::bigint, ?::bigint) g,
						(select array_agg(id order by id) ids, count(*) n from handling_unit) u""", from + 1, to);
			progress.accept((int) to);
		}
		this.jdbc.execute("analyze work_order");
		return count();
	}

	long count() {
		return this.jdbc.queryForObject("select count(*) from work_order", Long.class);
	}

	Latencies query(int port, String user, String password, int clients, int queries) throws Exception {
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return ConcurrentRun.run(clients, queries, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", port);
			return (c, sequence) -> http.exchange("GET", "/api/orders?status=DISPATCHED,HANDLING&sort=deadline&size=20",
					authorization, null) == 200;
		});
	}

}
