package io.hotline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Download;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of orders (issue 17, part A): filters by type, urgency, channel, category and
 * those below it, district, registration days, supervision; sorts by the columns and in
 * the queues' orders; wrong values refused naming the parameter and what it allows; the
 * export of every matching order in the reader's language, masked as on screen.
 */
@HotlineTest
class OrderListsHttpTest extends OrderApiTest {

	@Test
	void filtersAndSortsTheListsAndRefusesWrongValuesNamingTheParameter() {
		String marker = marker();
		String gas = category("燃气供应");
		long complaint = register(marker, "COMPLAINT", "URGENT", "WEB", gas);
		long help = register(marker, "HELP", "NORMAL", "PHONE", null);
		long suggestion = register(marker, "SUGGESTION", "VERY_URGENT", "PHONE", null);
		Api agent = as("agent1");

		assertThat(ids(agent, marker, "type=COMPLAINT,help")).containsExactlyInAnyOrder(complaint, help);
		assertThat(ids(agent, marker, "urgency=URGENT")).containsExactly(complaint);
		assertThat(ids(agent, marker, "channel=WEB")).containsExactly(complaint);
		assertThat(ids(agent, marker, "categoryCode=" + gas.substring(0, 2))).as("the category and those below it")
			.containsExactly(complaint);
		String district = order("agent1", complaint).body().get("location").get("codes").get("district").asString();
		assertThat(ids(agent, marker, "district=" + district)).hasSize(3);
		assertThat(ids(agent, marker, "district=999999")).isEmpty();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(ids(agent, marker, "from=" + today + "&to=" + today)).as("both days inclusive").hasSize(3);
		assertThat(ids(agent, marker, "to=" + today.minusDays(1))).isEmpty();
		assertThat(ids(agent, marker, "supervised=true")).isEmpty();
		assertThat(ids(agent, marker, "overdue=false")).hasSize(3);

		assertThat(ids(agent, marker, "sort=urgency&dir=desc")).containsExactly(suggestion, complaint, help);
		assertThat(ids(agent, marker, "sort=number&dir=asc")).containsExactly(complaint, help, suggestion);
		assertThat(ids(agent, marker, "sort=createdAt&dir=desc")).containsExactly(suggestion, help, complaint);
		assertThat(ids(agent, marker, "sort=dispatchQueue")).as("urgent first, then by deadline")
			.containsExactly(suggestion, complaint, help);
		assertThat(ids(agent, marker, "sort=newest")).containsExactly(suggestion, help, complaint);
		assertThat(ids(agent, marker, "sort=deadline")).hasSize(3);
		JsonNode paged = agent.get("/api/orders?q=" + marker + "&sort=number&size=2&page=1").body();
		assertThat(paged.get("totalElements").asLong()).isEqualTo(3);
		assertThat(paged.get("content").get(0).get("id").asLong()).isEqualTo(suggestion);

		assertProblem(agent.get("/api/orders?type=FAX"), "type", "COMPLAINT");
		assertProblem(agent.get("/api/orders?urgency=HIGH"), "urgency", "VERY_URGENT");
		assertProblem(agent.get("/api/orders?channel=PIGEON"), "channel", "WECHAT");
		assertProblem(agent.get("/api/orders?sort=bogus"), "sort", "dispatchQueue");
		assertProblem(agent.get("/api/orders?sort=number&dir=up"), "dir", "desc");
		assertProblem(agent.get("/api/orders?from=2026-13-01"), "from", "2026-13-01");
		assertProblem(agent.get("/api/orders?from=2026-03-02&to=2026-03-01"), "2026-03-02", "2026-03-01");
		assertProblem(agent.get("/api/orders?supervised=maybe"), "supervised", "true");
		assertProblem(agent.get("/api/orders?categoryCode=04%25"), "categoryCode", "04%");
		assertThat(agent.inLanguage("en").get("/api/orders?type=FAX").detail()).contains("must be one of");
	}

	@Test
	void rowsNameTheirCategoryAndHaveATitleFollowingARenamedCategory() {
		String marker = marker();
		Api admin = as("admin");
		String gas = category("燃气供应");
		Response created = admin.post("/api/categories",
				Map.of("name", "名" + marker, "parentCode", gas.substring(0, 4)));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String code = created.body().get("code").asString();
		long named = register(marker, "HELP", "NORMAL", "PHONE", code);

		JsonNode row = row(agentList(marker), named);
		assertThat(row.get("categoryCode").asString()).isEqualTo(code);
		assertThat(row.get("categoryName").asString()).as("the path of names, as the order's page has it")
			.isEqualTo(created.body().get("pathName").asString())
			.endsWith("/名" + marker);
		assertThat(row.get("title").asString()).as("the first words of the content")
			.isEqualTo("路灯不亮 " + marker + "，晚上出行不便");

		Response renamed = admin.put("/api/categories/" + code, Map.of("name", "新" + marker));
		assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
		assertThat(row(agentList(marker), named).get("categoryName").asString()).as("a renamed category, at once")
			.endsWith("/新" + marker);
	}

	private JsonNode agentList(String marker) {
		Response page = as("agent1").get("/api/orders?size=50&q=" + marker);
		assertThat(page.status()).isEqualTo(200);
		return page.body().get("content");
	}

	private static JsonNode row(JsonNode rows, long id) {
		for (JsonNode row : rows) {
			if (row.get("id").asLong() == id) {
				return row;
			}
		}
		throw new AssertionError("no row " + id + " in " + rows);
	}

	@Test
	void theUnitInboxShowsOrdersToSignFirstAndOnlyTheUnitsOwn() {
		String marker = marker();
		long signed = register(marker, "COMPLAINT", "NORMAL", "PHONE", null);
		long toSign = register(marker, "HELP", "NORMAL", "PHONE", null);
		act("dispatcher1", signed, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("dispatcher1", toSign, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("unit1", signed, "sign", Map.of());
		Api unit = as("unit1");
		JsonNode inbox = unit.get("/api/orders?status=DISPATCHED,HANDLING&sort=unitInbox&q=" + marker)
			.body()
			.get("content");
		assertThat(inbox.findValues("id").stream().map(JsonNode::asLong).toList()).containsExactly(toSign, signed);
		assertThat(inbox.get(0).get("signDeadline").isNull()).as("the sign deadline is shown").isFalse();
		assertThat(ids(unit, marker, "unitId=" + this.unit2)).as("another unit's orders").isEmpty();
		assertThat(ids(as("unit2"), marker, "")).isEmpty();
	}

	@Test
	void exportsEveryMatchingOrderInTheReadersLanguageMaskedAsOnScreen() {
		String marker = marker();
		String gas = category("燃气供应");
		long first = register(marker, "COMPLAINT", "URGENT", "PHONE", gas);
		long second = register(marker, "HELP", "NORMAL", "PHONE", null);
		act("dispatcher1", first, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		act("dispatcher1", second, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		String number = order("agent1", first).text("number");

		Download csv = as("agent1").download("/api/orders/export?format=csv&sort=number&name=派单队列&q=" + marker);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.disposition()).contains(".csv");
		List<String> lines = csv.text().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("工单编号", "状态", "紧急程度", "分类", "主办单位", "电话号码");
		assertThat(lines.get(1)).contains(number, "已派单", "投诉", "紧急", "电话", "燃气供应", "13812345678", "李四");
		assertThat(lines.get(1)).as("the category by name").doesNotContain("," + gas + ",");

		Download xlsx = as("unit1").inLanguage("en").download("/api/orders/export?format=xlsx&sort=number&q=" + marker);
		assertThat(xlsx.status()).isEqualTo(200);
		List<List<String>> sheet = xlsx.sheet();
		assertThat(sheet).hasSize(3);
		assertThat(sheet.get(0)).contains("Number", "Status", "Urgency", "Category", "Main unit", "Phone number");
		assertThat(String.join("|", sheet.get(1))).contains(number, "Dispatched", "Complaint", "Urgent", "Phone")
			.contains("138****5678", "李*")
			.doesNotContain("13812345678");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where actor = 'unit1' and action = 'EXPORT' and detail like ?",
				Long.class, "xlsx, 2 rows, %" + marker + "%"))
			.isEqualTo(1);

		Download csvEn = as("agent1").inLanguage("en").download("/api/orders/export?format=csv&q=" + marker);
		assertThat(csvEn.text().lines().findFirst().orElseThrow()).contains("Number", "Status", "Registered");
		assertThat(as("agent1").download("/api/orders/export?format=pdf").status()).isEqualTo(400);
		assertThat(as("agent1").download("/api/orders/export?format=csv&type=FAX").status()).isEqualTo(400);
	}

	private long register(String marker, String type, String urgency, String channel, String category) {
		Map<String, Object> order = new HashMap<>(newOrder(type));
		order.put("content", "路灯不亮 " + marker + "，晚上出行不便");
		order.put("urgency", urgency);
		order.put("channel", channel);
		if (category != null) {
			order.put("categoryCode", category);
		}
		Response response = as("agent1").post("/api/orders", order);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	private static List<Long> ids(Api api, String marker, String filter) {
		Response page = api.get("/api/orders?size=50&q=" + marker + (filter.isEmpty() ? "" : "&" + filter));
		assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
		return page.body().get("content").findValues("id").stream().map(JsonNode::asLong).toList();
	}

	private static void assertProblem(Response response, String... words) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.detail()).contains(words);
	}

	private static String marker() {
		return "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
