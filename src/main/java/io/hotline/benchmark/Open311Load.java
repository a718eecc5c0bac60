package io.hotline.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates requests through {@code POST /open311/v2/requests.json} as a GeoReport client
 * would (form-encoded, with the demo key, a real service and unique content), and
 * searches them with the same key, which reads every request in full where demo data is
 * seeded (without it a search answers only the public requests), each client on its own
 * keep-alive connection without authorization.
 */
final class Open311Load {

	/** The key that creates requests and reads every request in full. */
	static final String KEY = "demo-key";

	static final String FORM = "application/x-www-form-urlencoded";

	private static final String[] ADDRESSES = { "天河区石牌街道华景社区", "越秀区北京街道", "海珠区江南中街道", "白云区三元里街道", "番禺区市桥街道" };

	private final int port;

	private final String runId;

	private final String serviceCode;

	Open311Load(int port, String runId) throws Exception {
		this.port = port;
		this.runId = runId;
		this.serviceCode = firstServiceCode(port);
	}

	String serviceCode() {
		return this.serviceCode;
	}

	/** Requests of unique content: a label per run, as the same form again is a retry. */
	Latencies create(int clients, int requests, String label) throws Exception {
		return ConcurrentRun.run(clients, requests, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port);
			return (c, sequence) -> http.exchange("POST", "/open311/v2/requests.json", null, FORM,
					form(label, sequence)) == 200;
		});
	}

	/** Queries of the path, such as {@code requests.json?status=open}. */
	Latencies search(int clients, int queries, String path) throws Exception {
		return ConcurrentRun.run(clients, queries, (client) -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", this.port);
			return (c, sequence) -> http.exchange("GET", path(path), null, null) == 200;
		});
	}

	/** The path of a search such as {@code requests.json?status=open}, with the key. */
	static String path(String search) {
		return "/open311/v2/" + search + (search.contains("?") ? "&" : "?") + "api_key=" + KEY;
	}

	/** A search by the numbers of the latest {@code count} Open311 orders. */
	static String byNumbers(JdbcTemplate jdbc, int count) {
		List<String> numbers = jdbc.queryForList(
				"select number from work_order where channel = 'OPEN311' order by id desc limit ?", String.class,
				count);
		return "requests.json?service_request_id=" + encode(String.join(",", numbers));
	}

	/** A request's form: unique content per label and sequence. */
	byte[] form(String label, long sequence) {
		String form = "api_key=" + KEY + "&service_code=" + this.serviceCode + "&address_string="
				+ encode(ADDRESSES[(int) (sequence % ADDRESSES.length)]) + "&description="
				+ encode("路灯不亮已经一周，晚上出行很不安全，请尽快维修。" + this.runId + "-" + label + "-" + sequence) + "&first_name="
				+ encode("小明") + "&last_name=" + encode("王") + "&phone=138"
				+ String.format("%08d", sequence % 100_000_000);
		return form.getBytes(StandardCharsets.US_ASCII);
	}

	private static String firstServiceCode(int port) throws Exception {
		HttpResponse<String> services = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/services.json")).build(),
					HttpResponse.BodyHandlers.ofString());
		Matcher code = Pattern.compile("\"service_code\"\\s*:\\s*\"([^\"]+)\"").matcher(services.body());
		if (!code.find()) {
			throw new IllegalStateException("No service in " + services.body());
		}
		return code.group(1);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
