package io.hotline.workstation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Browser;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test but the command behind {@code docs/screenshots/*.png} and the workstation's
 * page loads in {@code docs/performance.md}:
 * {@code ./mvnw -B -Dscreenshots -Dtest=WorkstationScreenshots test}. Each page is loaded
 * afresh five times; the time is the browser's own, from navigation start to the first
 * row of the page's queue in the DOM.
 */
@HotlineTest
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
class WorkstationScreenshots {

	private static final Path SHOTS = Path.of("docs/screenshots");

	private static final String MARK = "## Workstation page loads";

	private static final String READY = """
			const selector = arguments[0], done = arguments[arguments.length - 1];
			(function poll() {
				if (document.querySelector(selector)) {
					const nav = performance.getEntriesByType('navigation')[0];
					done([performance.now(), nav.domContentLoadedEventEnd]);
				} else {
					setTimeout(poll, 2);
				}
			})();""";

	@LocalServerPort
	int port;

	@Test
	void photographsEveryMainPageAndTimesItsLoad() throws Exception {
		long closed = prepareOrders();
		Map<String, double[]> times = new LinkedHashMap<>();
		try (Browser b = Browser.open(this.port)) {
			b.go("/login");
			times.put("login", time(b, "/login", "[data-test='username']"));
			b.screenshot(SHOTS.resolve("login.png"));
			b.signIn("agent1");
			times.put("agent workstation", time(b, "/agent", "[data-test='registration']"));
			b.type("caller-phone", "13800138000");
			b.waitFor("caller-history");
			b.type("order-content", "咨询：新生儿办理户口需要哪些材料？");
			b.screenshot(SHOTS.resolve("agent-workstation.png"));
			b.signIn("dispatcher1");
			times.put("dispatcher queue", time(b, "/dispatch", "[data-test='queue-dispatch'] .el-table__row"));
			b.screenshot(SHOTS.resolve("dispatcher-queue.png"));
			b.signIn("unit1");
			times.put("unit inbox", time(b, "/inbox", "[data-test='queue-inbox'] .el-table__row"));
			b.screenshot(SHOTS.resolve("unit-inbox.png"));
			b.signIn("callback1");
			times.put("callback queue", time(b, "/callback", "[data-test='queue-callback'] .el-table__row"));
			b.screenshot(SHOTS.resolve("callback-queue.png"));
			times.put("order detail", time(b, "/orders/" + closed, "[data-test='timeline'] [data-event]"));
			b.screenshot(SHOTS.resolve("order-detail.png"));
			b.signIn("supervisor1");
			times.put("supervisor", time(b, "/supervision", "[data-test='queue-extensions'] .el-table__row"));
			b.screenshot(SHOTS.resolve("supervisor.png"));
			b.signIn("admin");
			times.put("admin", time(b, "/admin", "[data-test='unit-tree'] .el-tree-node"));
			b.screenshot(SHOTS.resolve("admin.png"));
			writePerformance(times, String.valueOf(b.driver().getCapabilities().getBrowserVersion()));
		}
	}

	/** Median of five fresh loads: {first queue row, DOMContentLoaded}, in ms. */
	private static double[] time(Browser b, String path, String ready) {
		List<double[]> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			b.go(path);
			List<?> answer = (List<?>) b.asyncScript(READY, ready);
			runs.add(new double[] { ((Number) answer.get(0)).doubleValue(), ((Number) answer.get(1)).doubleValue() });
		}
		runs.sort((x, y) -> Double.compare(x[0], y[0]));
		return runs.get(2);
	}

	/** Orders in every queue, and one walked to CLOSED; answers the closed one's id. */
	private long prepareOrders() {
		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		String[] texts = { "小区门口路灯不亮已经一周，晚上出行不便", "楼下餐馆油烟扰民，多次反映未解决", "公交站台雨棚破损漏雨", "道路井盖缺失存在安全隐患", "建筑工地夜间施工噪音扰民",
				"人行道被违规占道经营" };
		long closed = 0;
		for (int i = 0; i < texts.length; i++) {
			long id = Api.as(this.port, "agent1")
				.post("/api/orders", Map.of("channel", "PHONE", "type", (i % 2 == 0) ? "COMPLAINT" : "HELP", "content",
						texts[i], "address", "天河区林和西路" + (i + 1) + "号", "caller",
						Map.of("name", "陈先生", "phone", "13800138000"), "requestId", UUID.randomUUID().toString()))
				.id();
			if (i == 0) {
				continue;
			}
			act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit1)));
			if (i == 1) {
				act("unit1", id, "return", Map.of("reason", "不属于本单位职责，应由区城管局处理"));
				continue;
			}
			act("unit1", id, "sign", Map.of());
			if (i == 3) {
				act("unit1", id, "extend", Map.of("days", 5, "reason", "需协调供电部门更换线路"));
			}
			if (i >= 4) {
				act("unit1", id, "reply", Map.of("content", "已现场核查并处理完毕", "resolved", true));
			}
			if (i == 5) {
				act("callback1", id, "callback", Map.of("satisfaction", "SATISFIED", "resolved", true));
				closed = id;
			}
		}
		return closed;
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		Api.Response answer = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		if (answer.status() != 200) {
			throw new IllegalStateException(action + " " + answer.status() + " " + answer.detail());
		}
	}

	private static void writePerformance(Map<String, double[]> times, String chromium) throws IOException {
		StringBuilder section = new StringBuilder(MARK).append("\n\n");
		section
			.append("Measured by the browser (Navigation Timing: `performance.now()` when the page's first queue row, ")
			.append("form or timeline is in the DOM, from navigation start; median of 5 fresh loads of each page, ")
			.append("signed in, demo data of 广州市) with `./mvnw -B -Dscreenshots -Dtest=WorkstationScreenshots test`")
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append(", headless Chromium ")
			.append(chromium)
			.append(", the platform in the same machine (`@HotlineTest`, embedded PostgreSQL).\n\n");
		section.append("| page | first queue rendered | DOMContentLoaded |\n| --- | --- | --- |\n");
		times.forEach((page, t) -> section.append(String.format("| %s | %.0f ms | %.0f ms |%n", page, t[0], t[1])));
		Path file = Path.of("docs/performance.md");
		String text = Files.readString(file);
		int at = text.indexOf(MARK);
		if (at >= 0) {
			int end = text.indexOf("\n## ", at + MARK.length());
			text = text.substring(0, at) + section + ((end >= 0) ? "\n" + text.substring(end + 1) : "");
		}
		else {
			text = text.stripTrailing() + "\n\n" + section;
		}
		Files.writeString(file, text);
	}

}
