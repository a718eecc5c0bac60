package io.hotline.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workstation's lists of orders with filters applied, one page each as the screens
 * ask for it, and an export of up to 10,000 orders as CSV and as Excel: each measured by
 * one client, sequentially (the figures of a person at a desk, not of a crowd).
 */
final class ListLoad {

	/** The most orders an export holds ({@code OrderExportController}). */
	private static final int MOST_EXPORTED = 10_000;

	private final int port;

	private final String password;

	ListLoad(int port, String password) {
		this.port = port;
		this.password = password;
	}

	/** The pages measured: a name, the user who asks and the path. */
	Map<String, String[]> pages() throws Exception {
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
		String[] export = exported(today);
		pages.put("export csv (" + export[1] + ")",
				new String[] { "admin", "/api/orders/export?format=csv&" + export[0] });
		pages.put("export xlsx (" + export[1] + ")",
				new String[] { "admin", "/api/orders/export?format=xlsx&" + export[0] });
		return pages;
	}

	/**
	 * What the exports hold: the last 3 days' orders, or where they are more than an
	 * export may hold (a province's volume) the narrowest that is not: yesterday's,
	 * yesterday's by phone, yesterday's complaints by phone. The filter and a label with
	 * its orders.
	 */
	private String[] exported(LocalDate today) throws Exception {
		String yesterday = "from=" + today.minusDays(1) + "&to=" + today.minusDays(1);
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("from=" + today.minusDays(3) + "&to=" + today.minusDays(1), "3 days");
		filters.put(yesterday, "1 day");
		filters.put(yesterday + "&channel=PHONE", "1 day by phone");
		filters.put(yesterday + "&channel=PHONE&type=COMPLAINT", "1 day's complaints by phone");
		String authorization = authorization("admin", this.password);
		String[] chosen = null;
		try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port)) {
			for (Map.Entry<String, String> filter : filters.entrySet()) {
				LoopbackHttp.Answer answer = http.send("GET", "/api/orders?size=1&" + filter.getKey(), authorization,
						null, null);
				Matcher total = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(answer.text());
				long rows = total.find() ? Long.parseLong(total.group(1)) : -1;
				chosen = new String[] { filter.getKey(), String.format("%s, %,d rows", filter.getValue(), rows) };
				if (rows >= 0 && rows <= MOST_EXPORTED) {
					break;
				}
			}
		}
		return chosen;
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
