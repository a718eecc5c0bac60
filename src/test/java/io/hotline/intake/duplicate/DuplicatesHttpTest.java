package io.hotline.intake.duplicate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能查重 on planted orders: the same caller, the same place and similar words are found and
 * unrelated orders not; a registered duplicate is linked and flagged; a merged order
 * follows its main one to the reply and the close; five callers make a collective case; a
 * problem closed before comes back as a repeat complaint, supervised with its history;
 * wrong requests get clear errors.
 */
@HotlineTest
class DuplicatesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	RecentOrders recent;

	@Autowired
	RegistrationChecks checks;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void supervisionAsTheTestsHaveIt() {
		this.checks.superviseRepeats(false);
	}

	/** A problem at a place, in words no demo order has. */
	private static String matter(String place, String problem) {
		return place + problem;
	}

	private static final String SEWER = "小区北门外的污水井盖破损，污水漫到人行道上，散发恶臭，老人小孩经过容易摔倒，已经一个星期没人来修";

	private static final String LAMPS = "小区东侧道路的路灯全部不亮，晚上一片漆黑，电动车和行人撞在一起好几次，物业说不归他们管";

	private static final String WATER = "小区连续停水三天，事先没有任何通知，高层住户洗漱做饭都成问题，自来水公司电话打不通";

	private static final String GARBAGE = "小区门口的垃圾站臭气熏天，垃圾堆了五六天没有清运，苍蝇老鼠很多，夏天味道更大";

	private static final String LIFT = "小区3栋电梯三天两头坏，昨天又困了人，维保公司半小时才到";

	private long register(String content, String title, String address, String phone) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "caller", Map.of("phone", phone)));
		if (title != null) {
			body.put("title", title);
		}
		if (address != null) {
			body.put("address", address);
		}
		Api.Response response = Api.as(this.port, "agent1").post("/api/orders", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.recent.settle();
		return response.id();
	}

	private static String phone() {
		return "137" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
	}

	private JsonNode flags(long order) {
		return Api.as(this.port, "supervisor1").get("/api/orders/" + order + "/flags").body().get("flags");
	}

	private static JsonNode flag(JsonNode flags, String kind) {
		for (JsonNode flag : flags) {
			if (kind.equals(flag.get("kind").asString())) {
				return flag;
			}
		}
		throw new AssertionError("no " + kind + " in " + flags);
	}

	private static boolean hasFlag(JsonNode flags, String kind) {
		for (JsonNode flag : flags) {
			if (flag.get("kind").asString().equals(kind)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode candidate(JsonNode candidates, long order) {
		for (JsonNode candidate : candidates) {
			if (candidate.get("orderId").asLong() == order) {
				return candidate;
			}
		}
		return null;
	}

	@Test
	void theSameCallerPlaceAndWordsAreFoundUnrelatedOrdersNotAndADuplicateIsLinkedAndFlagged() {
		String phone = phone();
		String address = "越秀区梅花村杉木栏路18号翠竹苑";
		long first = register(matter("翠竹苑", SEWER), "翠竹苑污水井盖破损", address, phone);

		Api agent = Api.as(this.port, "agent1");
		JsonNode candidates = agent
			.post("/api/intake/duplicates", Map.of("content", "翠竹苑北门外污水井盖坏了，污水流到人行道，很臭，老人小孩容易摔倒", "address", address,
					"caller", Map.of("phone", phone)))
			.body()
			.get("candidates");
		JsonNode found = candidate(candidates, first);
		assertThat(found).as(candidates.toString()).isNotNull();
		assertThat(found.get("reasons").toString()).contains("SAME_CALLER", "SAME_PLACE", "SIMILAR_TEXT");
		assertThat(found.get("sharedWords").toString()).contains("翠竹苑");
		assertThat(found.get("number").asString()).isNotBlank();

		JsonNode unrelated = agent
			.post("/api/intake/duplicates",
					Map.of("content", "咨询办理港澳通行证续签需要带哪些材料，周末能不能办理", "caller", Map.of("phone", phone())))
			.body()
			.get("candidates");
		assertThat(candidate(unrelated, first)).isNull();

		long second = register(matter("翠竹苑", SEWER) + "，请尽快处理", null, null, phone());
		JsonNode flags = flags(second);
		assertThat(hasFlag(flags, "DUPLICATE")).as(flags.toString()).isTrue();
		assertThat(flags.toString()).contains("\"relatedOrderId\":" + first);
		// the platform's explanation in the reader's language, the stored detail as
		// written
		JsonNode zh = flag(flags, "DUPLICATE");
		JsonNode en = flag(Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/orders/" + second + "/flags")
			.body()
			.get("flags"), "DUPLICATE");
		assertThat(zh.get("text").asString()).isEqualTo(zh.get("detail").asString()).contains("内容相似");
		assertThat(en.get("detail").asString()).isEqualTo(zh.get("detail").asString());
		assertThat(en.get("text").asString()).startsWith("Similar to order ").doesNotContain("相似");
		assertThat(en.get("detailKey").asString()).startsWith("flag.duplicate");
		JsonNode related = Api.as(this.port, "dispatcher1").get("/api/orders/" + second + "/related").body();
		assertThat(related.get("links").toString()).contains("\"orderId\":" + first, "DUPLICATE");
		assertThat(Api.as(this.port, "dispatcher1")
			.get("/api/orders/" + first + "/related")
			.body()
			.get("links")
			.toString()).as("seen from the other side too").contains("\"orderId\":" + second);
	}

	@Test
	void aMergedOrderFollowsItsMainOrderToTheReplyAndTheClose() {
		long main = register(matter("榕树湾", LAMPS), "榕树湾路灯不亮", null, phone());
		long follower = register(matter("榕树湾", LAMPS) + "，第二次反映", null, null, phone());
		Api dispatcher = Api.as(this.port, "dispatcher1");

		assertThat(dispatcher.post("/api/orders/" + follower + "/merge", Map.of()).status()).isEqualTo(400);
		assertThat(dispatcher.post("/api/orders/" + follower + "/merge", Map.of("intoOrderId", follower)).status())
			.isEqualTo(400);
		assertThat(Api.as(this.port, "agent1")
			.post("/api/orders/" + follower + "/merge", Map.of("intoOrderId", main))
			.status()).isEqualTo(403);
		assertThat(Api.as(this.port, "unit2")
			.post("/api/orders/" + follower + "/merge", Map.of("intoOrderId", main))
			.status()).as("an order the unit does not see").isIn(403, 404);
		Api.Response merged = dispatcher.post("/api/orders/" + follower + "/merge", Map.of("intoOrderId", main));
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertThat(merged.body().get("events").toString()).contains("MERGED");
		assertThat(dispatcher.post("/api/orders/" + main + "/merge", Map.of("intoOrderId", follower)).status())
			.as("circular")
			.isEqualTo(409);
		long other = register("咨询社保卡丢失后如何补办，需要多长时间", null, null, phone());
		assertThat(dispatcher.post("/api/orders/" + follower + "/merge", Map.of("intoOrderId", other)).status())
			.as("merged already")
			.isEqualTo(409);
		assertThat(dispatcher.delete("/api/orders/" + follower + "/links/" + main).status()).isEqualTo(409);
		assertThat(dispatcher.get("/api/orders/" + main + "/related").body().get("links").toString())
			.contains("MERGED_FROM");

		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		assertThat(dispatcher.post("/api/orders/" + main + "/dispatch", Map.of("unitIds", List.of(unit1))).status())
			.isEqualTo(200);
		Api unit = Api.as(this.port, "unit1");
		assertThat(unit.post("/api/orders/" + main + "/sign", Map.of()).status()).isEqualTo(200);
		assertThat(unit.post("/api/orders/" + main + "/reply", Map.of("content", "已修复榕树湾东侧道路路灯线路", "resolved", true))
			.status()).isEqualTo(200);
		this.recent.settle();
		JsonNode followed = dispatcher.get("/api/orders/" + follower).body();
		assertThat(followed.get("status").asString()).isEqualTo("REPLIED");
		assertThat(followed.get("events").toString()).contains("MERGED_REPLIED", "已修复榕树湾东侧道路路灯");

		assertThat(Api.as(this.port, "callback1")
			.post("/api/orders/" + main + "/callback", Map.of("satisfaction", "SATISFIED", "resolved", true))
			.status()).isEqualTo(200);
		this.recent.settle();
		JsonNode closed = dispatcher.get("/api/orders/" + follower).body();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("events").toString()).contains("MERGED_CLOSED");
		assertThat(dispatcher.post("/api/orders/" + other + "/merge", Map.of("intoOrderId", main)).status())
			.as("into a closed order")
			.isEqualTo(409);
	}

	@Test
	void fiveCallersAboutOneEventInOnePlaceFormACollectiveCase() {
		String address = "海珠区江南大道中99号金沙洲花园";
		long[] orders = new long[5];
		for (int i = 0; i < 5; i++) {
			orders[i] = register(matter("金沙洲花园", WATER) + "（第" + (i + 1) + "位业主）", "金沙洲花园停水三天", address, phone());
			if (i == 3) {
				assertThat(hasFlag(flags(orders[i]), "COLLECTIVE")).as("four callers are not yet a case").isFalse();
			}
		}
		for (long order : orders) {
			assertThat(hasFlag(flags(order), "COLLECTIVE")).as("order " + order).isTrue();
		}
		JsonNode zh = flag(flags(orders[4]), "COLLECTIVE");
		JsonNode en = flag(Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/orders/" + orders[4] + "/flags")
			.body()
			.get("flags"), "COLLECTIVE");
		assertThat(zh.get("text").asString()).startsWith("集中性事件 #").contains("5 位来电人");
		assertThat(en.get("text").asString()).startsWith("Collective case #").contains("5 callers");
		assertThat(en.get("detail").asString()).isEqualTo(zh.get("detail").asString());
		JsonNode cases = Api.as(this.port, "analyst1").get("/api/collective-cases").body().get("cases");
		JsonNode theCase = null;
		for (JsonNode c : cases) {
			if (c.get("orders").toString().contains("\"orderId\":" + orders[4])) {
				theCase = c;
			}
		}
		assertThat(theCase).as(cases.toString()).isNotNull();
		assertThat(theCase.get("orders")).hasSize(5);
		assertThat(theCase.get("callers").asInt()).isEqualTo(5);
		assertThat(Api.as(this.port, "agent1").get("/api/collective-cases").status()).isEqualTo(403);
	}

	@Test
	void aProblemClosedBeforeComesBackAsARepeatComplaintUnderSupervision() {
		this.checks.superviseRepeats(true);
		String phone = phone();
		long before = register(matter("荔湾新村", GARBAGE), "荔湾新村垃圾站臭气熏天", null, phone);
		assertThat(Api.as(this.port, "agent1")
			.post("/api/orders/" + before + "/finish", Map.of("answer", "已通知环卫所清运垃圾站"))
			.status()).isEqualTo(200);
		this.recent.settle();

		long again = register(matter("荔湾新村", GARBAGE) + "，上次说修了其实没修", null, null, phone);
		JsonNode flags = flags(again);
		assertThat(hasFlag(flags, "REPEAT_LOOP")).as(flags.toString()).isTrue();
		assertThat(flags.toString()).contains("\"relatedOrderId\":" + before);
		JsonNode order = Api.as(this.port, "supervisor1").get("/api/orders/" + again).body();
		assertThat(order.get("supervised").asBoolean()).isTrue();
		String number = Api.as(this.port, "supervisor1").get("/api/orders/" + before).body().get("number").asString();
		assertThat(order.get("events").toString()).contains("SUPERVISED", "重复投诉", number);
		JsonNode en = flag(Api.as(this.port, "supervisor1")
			.inLanguage("en")
			.get("/api/orders/" + again + "/flags")
			.body()
			.get("flags"), "REPEAT_LOOP");
		assertThat(flag(flags, "REPEAT_LOOP").get("text").asString()).startsWith("重复投诉：").contains(number);
		assertThat(en.get("detail").asString()).startsWith("重复投诉：");
		assertThat(en.get("text").asString()).startsWith("Repeat complaint: ").contains(number);
	}

	@Test
	void anOrderReopenedTwiceIsFlaggedAsGoingRoundWithEachReplyAndCallback() {
		this.checks.superviseRepeats(true);
		long unit = this.jdbc.sql("select unit_id from app_user where username = 'unit1'").query(Long.class).single();
		long id = register(matter("荔湾新村", LIFT), "荔湾新村电梯三天两头坏", null, phone());
		ok("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit)));
		for (String reply : List.of("已通知维保公司检修电梯", "已更换电梯控制板")) {
			ok("unit1", id, "sign", Map.of());
			ok("unit1", id, "reply", Map.of("content", reply, "resolved", true));
			ok("callback1", id, "callback",
					Map.of("satisfaction", "DISSATISFIED", "resolved", false, "comment", "电梯还是坏"));
			this.recent.settle();
			if (reply.startsWith("已通知")) {
				assertThat(hasFlag(flags(id), "REPEAT_LOOP")).as("a first reopening is the monitors' alone").isFalse();
				ok("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit)));
			}
		}
		JsonNode loop = null;
		for (JsonNode flag : flags(id)) {
			if (flag.get("rule").asString().equals("reopened-again")) {
				loop = flag;
			}
		}
		assertThat(loop).isNotNull();
		assertThat(loop.get("kind").asString()).isEqualTo("REPEAT_LOOP");
		assertThat(loop.get("detail").asString()).contains("重办 2 次", "已通知维保公司检修电梯", "已更换电梯控制板", "电梯还是坏");
		JsonNode order = Api.as(this.port, "supervisor1").get("/api/orders/" + id).body();
		assertThat(order.get("supervised").asBoolean()).isTrue();
		assertThat(order.get("events").toString()).contains("SUPERVISED", "重办 2 次");
	}

	private void ok(String user, long id, String action, Map<String, Object> body) {
		Api.Response response = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
	}

	@Test
	void wrongRequestsGetClearErrors() {
		Api agent = Api.as(this.port, "agent1");
		assertThat(agent.post("/api/intake/duplicates", Map.of()).status()).isEqualTo(400);
		assertThat(agent.post("/api/intake/duplicates", Map.of("content", "  ")).body().toString()).contains("诉求内容");
		assertThat(Api.as(this.port, "unit1").post("/api/intake/duplicates", Map.of("content", "井盖")).status())
			.isEqualTo(403);
		long order = register(matter("白云苑", LIFT), null, null, phone());
		long other = register("咨询公积金提取条件和办理流程", null, null, phone());
		Api dispatcher = Api.as(this.port, "dispatcher1");
		assertThat(dispatcher.post("/api/orders/" + order + "/links", Map.of("relatedOrderId", other, "kind", "SAME"))
			.status()).isEqualTo(400);
		assertThat(dispatcher.post("/api/orders/" + order + "/links", Map.of("kind", "RELATED")).status())
			.isEqualTo(400);
		assertThat(
				dispatcher.post("/api/orders/" + order + "/links", Map.of("relatedOrderId", order, "kind", "RELATED"))
					.status())
			.isEqualTo(400);
		assertThat(dispatcher
			.post("/api/orders/" + order + "/links", Map.of("relatedOrderId", 999_999_999L, "kind", "RELATED"))
			.status()).isEqualTo(404);
		assertThat(
				dispatcher.post("/api/orders/" + order + "/links", Map.of("relatedOrderId", other, "kind", "related"))
					.status())
			.isEqualTo(201);
		assertThat(
				dispatcher.post("/api/orders/" + other + "/links", Map.of("relatedOrderId", order, "kind", "RELATED"))
					.status())
			.as("linked already, either way round")
			.isEqualTo(409);
		assertThat(dispatcher.delete("/api/orders/" + other + "/links/" + order).status()).isEqualTo(204);
		assertThat(dispatcher.delete("/api/orders/" + other + "/links/" + order).status()).isEqualTo(404);
	}

}
