package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workstation's lists of orders with filters applied, one page each as the screens
 * ask for it, and an export of about 10,000 orders as CSV and as Excel: each measured by
 * one client, sequentially (the figures of a person at a desk, not of a crowd).
 */
final class ListLoad {

	private final int port;

	private final String password;

	ListLoad(int port, String password) {
		this.port = port;
		this.password = password;
	}

	/** The pages measured: a name, the user who asks and the path. */
	Map<String, String[]> pages() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("dispatch queue (urgent first, by deadline)", new String[] { "dispatcher1",
				"/api/orders?status=REGISTERED,RETURNED,REOPENED&sort=dispatchQueue&size=20" });
		pages.put("unit inbox (to sign first), type+urgency filter", new String[] { "unit1",
				"/api/orders?status=DISPATCHED,HANDLING&sort=unitInbox&type=COMPLAINT&urgency=NORMAL&size=20" });
		pages.put("unit inbox, overdue card",
				new String[] { "unit1", "/api/orders?status=DISPATCHED,HANDLING&overdue=true&sort=deadline&size=20" });
		pages.put("callback queue, channel filter, by registration", new String[] { "callback1",
				"/api/orders?status=REPLIED&withoutOpenFlag=REPLY_QUALITY&channel=PHONE&sort=createdAt&dir=desc&size=20" });
		pages.put("search: type+channel+30 days, newest", new String[] { "admin",
				"/api/orders?type=COMPLAINT&channel=PHONE&from=" + today.minusDays(30) + "&to=" + today + "&size=20" });
		pages.put("search: urgency filter, by number desc",
				new String[] { "admin", "/api/orders?urgency=NORMAL&sort=number&dir=desc&size=20" });
		pages.put("drill-down: overdue at every unit, by deadline",
				new String[] { "admin", "/api/orders?status=DISPATCHED,HANDLING&overdue=true&sort=deadline&size=20" });
		pages.put("export csv (3 days, ~8,000 rows)", new String[] { "admin",
				"/api/orders/export?format=csv&from=" + today.minusDays(3) + "&to=" + today.minusDays(1) });
		pages.put("export xlsx (3 days, ~8,000 rows)", new String[] { "admin",
				"/api/orders/export?format=xlsx&from=" + today.minusDays(3) + "&to=" + today.minusDays(1) });
		return pages;
	}

	Latencies measure(String user, String path, int queries) throws Exception {
		return measure(user, "GET", path, queries);
	}

	/**
	 * A request so many times, one after another; a {@code POST} with an empty JSON
	 * object as its body.
	 */
	Latencies measure(String user, String method, String path, int queries) throws Exception {
		byte[] body = method.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8);
		String authorization = authorization(user, this.password);
		return ConcurrentRun.run(1, queries, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port);
			return (c, sequence) -> http.exchange(method, path, authorization, body) == 200;
		});
	}

	/** The header of HTTP Basic for the user. */
	static String authorization(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
