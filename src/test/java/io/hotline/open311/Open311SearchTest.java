package io.hotline.open311;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class Open311SearchTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSearchOfAThousandRequestsAnswersEachAsItsOwnLookupDoes() {
		Open311Client client = new Open311Client(this.port, "json");
		List<Map<String, Object>> services = client.get("services").items();
		String code = (String) services.get(services.size() - 1).get("service_code");
		String prefix = "S" + UUID.randomUUID().toString().substring(0, 8);
		// 1,100 orders of one service: every third closed, some with coordinates, a
		// deadline or no unit, and replies (the latest of them the status notes)
		this.jdbc.update("""
				insert into work_order (number, status, type, channel, urgency, content, address, category_code,
					main_unit_id, deadline, lat, lon, created_by, created_at, updated_at)
				select ? || lpad(g::text, 5, '0'), case when g % 3 = 0 then 'CLOSED' else 'DISPATCHED' end,
					'HELP', 'OPEN311', 'NORMAL', '内容 ' || g, '地址 ' || g, ?,
					case when g % 7 = 0 then null else u.ids[1 + (g % u.n)] end,
					case when g % 2 = 0 then now() + g * interval '1 hour' end,
					case when g % 5 = 0 then 23.1 + g / 100000.0 end, case when g % 5 = 0 then 113.3 end,
					'test', now() - g * interval '1 second', now() - g * interval '1 second' + interval '5 minutes'
				from generate_series(1, 1100) g,
					(select array_agg(id order by id) ids, count(*) n from handling_unit where active) u""", prefix,
				code);
		this.jdbc.update("""
				insert into work_order_event (order_id, type, at, actor, status, note)
				select o.id, t.type, now(), 'test', o.status, t.note || ' ' || o.number
				from work_order o, (values (1, 'REPLIED', '已答复'), (2, 'FINISHED', '已办结'), (3, 'DISPATCHED', '派单'))
					t(n, type, note)
				where o.number like ? || '%' and right(o.number, 1)::int % 4 >= t.n - 1
				order by o.id, t.n""", prefix);

		List<Map<String, Object>> found = client.get("requests?api_key=demo-key&service_code=" + code).items();

		assertThat(found).hasSize(1000);
		assertThat(found).allSatisfy((request) -> assertThat(request).containsKeys("service_request_id", "status",
				"status_notes", "service_name", "agency_responsible", "requested_datetime", "expected_datetime"));
		// newest (highest id) first
		assertThat(found.get(0)).containsEntry("service_request_id", prefix + "01100");
		for (Map<String, Object> request : List.of(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4),
				found.get(6), found.get(999))) {
			String number = (String) request.get("service_request_id");
			assertThat(request).isEqualTo(client.get("requests/" + number + "?api_key=demo-key").first());
		}
		assertThat(found).filteredOn((request) -> request.get("status_notes") != null).isNotEmpty();
		assertThat(found).filteredOn((request) -> request.get("lat") != null).isNotEmpty();
		assertThat(found).filteredOn((request) -> request.get("agency_responsible") == null).isNotEmpty();
	}

}
