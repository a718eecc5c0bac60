package io.hotline.portal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen portal's public API: submitting with and without a photo, refusals that
 * store nothing, what tracking shows, and rating once into the order's timeline.
 */
@HotlineTest
class PortalApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalLimits limits;

	@BeforeEach
	@AfterEach
	void forgetAttempts() {
		this.limits.clear();
	}

	@Test
	void submitsWithoutAPhotoAndTracksByThePrivateToken() throws Exception {
		String text = "小区路灯不亮 " + UUID.randomUUID();
		Api.Response receipt = PortalClient.submit(this.port, fields(text), null);
		assertThat(receipt.status()).isEqualTo(201);
		String token = receipt.text("token");
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		assertThat(receipt.text("link")).isEqualTo("/portal/track/" + token);
		assertThat(this.jdbc.sql("select count(*) from portal_submission where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).as("only the hash is kept").isZero();
		assertThat(this.jdbc.sql("select channel from work_order where number = ?")
			.param(receipt.text("number"))
			.query(String.class)
			.single()).isEqualTo("WEB");

		Api.Response tracked = Api.anonymous(this.port).get("/api/public/orders/" + token);
		assertThat(tracked.status()).isEqualTo(200);
		assertThat(tracked.text("number")).isEqualTo(receipt.text("number"));
		assertThat(tracked.text("status")).isEqualTo("REGISTERED");
		assertThat(tracked.text("categoryName")).contains("环境卫生");
		assertThat(tracked.text("content")).isEqualTo(text);
		assertThat(tracked.body().get("hasPhoto").asBoolean()).isFalse();
		assertThat(tracked.body().get("timeline").findValuesAsString("type")).containsExactly("REGISTERED");
		assertThat(tracked.body().toString()).doesNotContain("portal\"").doesNotContain("actor");

		assertThat(Api.anonymous(this.port).get("/api/public/orders/" + token.substring(1) + "x").status())
			.isEqualTo(404);
	}

	@Test
	void submitsWithAPngPhotoKeptWithTheOrder() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("垃圾堆放 " + UUID.randomUUID()),
				new PortalClient.Photo("spot.png", "image/png", PortalClient.PNG));
		assertThat(receipt.status()).isEqualTo(201);
		assertThat(Api.anonymous(this.port)
			.get("/api/public/orders/" + receipt.text("token"))
			.body()
			.get("hasPhoto")
			.asBoolean()).isTrue();
		assertThat(this.jdbc.sql("""
				select p.photo_type from portal_submission p join work_order o on o.id = p.order_id
				where o.number = ?""").param(receipt.text("number")).query(String.class).single())
			.isEqualTo("image/png");
	}

	@Test
	void refusesAFakeJpegAndStoresNothing() throws Exception {
		long before = orders();
		byte[] gif = "GIF89a fake picture".getBytes();
		Api.Response refused = PortalClient.submit(this.port, fields("假照片 " + UUID.randomUUID()),
				new PortalClient.Photo("photo.jpg", "image/jpeg", gif));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).isEqualTo("照片只能是 JPEG 或 PNG 图片");
		assertThat(orders()).isEqualTo(before);
	}

	@Test
	void refusesATooLongTextAndStoresNothing() throws Exception {
		long before = orders();
		Api.Response refused = PortalClient.submit(this.port, fields("长".repeat(2_001)), null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).isEqualTo("诉求内容最多 2000 个字，您填写了 2001 个字");
		assertThat(orders()).isEqualTo(before);
		assertThat(PortalClient.submit(this.port, fields("长".repeat(2_000)), null).status()).isEqualTo(201);
	}

	@Test
	void refusesAPhotoOverFiveMegabytes() throws Exception {
		long before = orders();
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PortalClient.PNG, 0, big, 0, PortalClient.PNG.length);
		Api.Response refused = PortalClient.submit(this.port, fields("大照片 " + UUID.randomUUID()),
				new PortalClient.Photo("big.png", "image/png", big));
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.detail()).isEqualTo("请求或上传的文件过大");
		assertThat(orders()).isEqualTo(before);
	}

	@Test
	void refusesOtherContentTypes() {
		Api.Response json = Api.anonymous(this.port).post("/api/public/orders", Map.of("content", "x"));
		assertThat(json.status()).isEqualTo(415);
	}

	@Test
	void trackingShowsTheReplyButNeitherStaffNamesNorInternalNotes() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("路面塌陷 " + UUID.randomUUID()), null);
		long id = this.jdbc.sql("select id from work_order where number = ?")
			.param(receipt.text("number"))
			.query(Long.class)
			.single();
		long unit1 = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit1)));
		act("unit1", id, "return", Map.of("reason", "内部退单原因-不属本单位"));
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(unit1)));
		act("unit1", id, "sign", Map.of());
		act("supervisor1", id, "supervise", Map.of("note", "内部督办意见-尽快处理"));
		act("unit1", id, "reply", Map.of("content", "已修复路面，感谢反映", "resolved", true));

		Api.Response tracked = Api.anonymous(this.port).get("/api/public/orders/" + receipt.text("token"));
		assertThat(tracked.text("status")).isEqualTo("REPLIED");
		assertThat(tracked.body().get("timeline").findValuesAsString("type")).containsExactly("REGISTERED",
				"DISPATCHED", "REDISPATCHED", "SIGNED", "REPLIED");
		String all = tracked.body().toString();
		assertThat(all).contains("已修复路面，感谢反映")
			.doesNotContain("dispatcher1")
			.doesNotContain("unit1")
			.doesNotContain("supervisor1")
			.doesNotContain("内部退单原因")
			.doesNotContain("内部督办意见")
			.doesNotContain("RETURNED")
			.doesNotContain("SUPERVISED");
		assertThat(tracked.body().get("deadline").isNull()).isFalse();
		assertThat(tracked.body().get("canRate").asBoolean()).isTrue();
	}

	@Test
	void writesTheRatingIntoTheOrdersTimelineOnce() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("路灯不亮 " + UUID.randomUUID()), null);
		String rating = "/api/public/orders/" + receipt.text("token") + "/rating";
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		PortalClient.answer(this.port, id, "路灯已修复");
		int version = Api.as(this.port, "agent1").get("/api/orders/" + id).body().get("version").asInt();

		Api.Response rated = Api.anonymous(this.port)
			.post(rating, Map.of("satisfaction", "BASICALLY_SATISFIED", "comment", " 处理及时 "));
		assertThat(rated.status()).isEqualTo(201);
		assertThat(rated.text("comment")).isEqualTo("处理及时");

		Api.Response staff = Api.as(this.port, "agent1").get("/api/orders/" + id);
		JsonNode last = staff.body().get("events").get(staff.body().get("events").size() - 1);
		assertThat(last.get("type").asString()).isEqualTo("CITIZEN_RATED");
		assertThat(last.get("note").asString()).isEqualTo("基本满意：处理及时");
		assertThat(last.get("actor").asString()).isEqualTo("portal");
		assertThat(last.get("status").asString()).isEqualTo("REPLIED");
		assertThat(staff.text("status")).as("the rating leaves the callback to the staff").isEqualTo("REPLIED");
		assertThat(staff.body().get("satisfaction").isNull()).isTrue();
		assertThat(staff.body().get("version").asInt()).isEqualTo(version + 1);

		Api.Response tracked = Api.anonymous(this.port).get("/api/public/orders/" + receipt.text("token"));
		assertThat(tracked.body().get("timeline").findValuesAsString("type")).containsExactly("REGISTERED",
				"DISPATCHED", "SIGNED", "REPLIED", "CITIZEN_RATED");
		assertThat(tracked.body().get("timeline").get(4).get("note").asString()).isEqualTo("基本满意：处理及时");
		assertThat(tracked.body().get("rating").get("satisfaction").asString()).isEqualTo("BASICALLY_SATISFIED");
		assertThat(tracked.body().get("canRate").asBoolean()).isFalse();

		Api.Response again = Api.anonymous(this.port).post(rating, Map.of("satisfaction", "SATISFIED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
		assertThat(again.detail()).isEqualTo("您已评价过此诉求");
		assertThat(Api.anonymous(this.port).inLanguage("en").post(rating, Map.of("satisfaction", "SATISFIED")).detail())
			.isEqualTo("You have already rated this request");
		assertThat(ratingEvents(id)).isEqualTo(1);
		assertThat(Api.anonymous(this.port)
			.get("/api/public/orders/" + receipt.text("token"))
			.body()
			.get("rating")
			.get("satisfaction")
			.asString()).isEqualTo("BASICALLY_SATISFIED");
	}

	@Test
	void refusesARatingBeforeTheAnswerAndKeepsNothingOfIt() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("噪音 " + UUID.randomUUID()), null);
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		Api.Response early = Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating", Map.of("satisfaction", "SATISFIED"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.detail()).isEqualTo("诉求尚未答复（当前状态 REGISTERED），暂不能评价");
		assertThat(this.jdbc.sql("select count(*) from portal_rating where order_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(ratingEvents(id)).isZero();

		PortalClient.answer(this.port, id, "已协调处理");
		assertThat(Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating", Map.of("satisfaction", "SATISFIED"))
			.status()).as("once answered it may be rated").isEqualTo(201);
		assertThat(ratingEvents(id)).isEqualTo(1);
	}

	@Test
	void refusesARatingWithoutASatisfaction() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("占道经营 " + UUID.randomUUID()), null);
		Api.Response refused = Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating", Map.of("comment", "没选满意度"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).isEqualTo("请选择满意度");
	}

	@Test
	void backfillsTheTimelineWithRatingsGivenBeforeItHeldThem() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("早先的评价 " + UUID.randomUUID()), null);
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		PortalClient.answer(this.port, id, "已处理完毕");
		Instant ratedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql("insert into portal_rating (order_id, satisfaction, comment, rated_at) values (?, ?, ?, ?)")
			.params(id, "DISSATISFIED", "回复太慢", Timestamp.from(ratedAt))
			.update();
		String migration = new String(
				getClass().getResourceAsStream("/db/migration/V12__portal_rating_events.sql").readAllBytes(),
				StandardCharsets.UTF_8);
		this.jdbc.sql(migration).update();
		this.jdbc.sql(migration).update();

		Api.Response staff = Api.as(this.port, "admin").get("/api/orders/" + id);
		JsonNode last = staff.body().get("events").get(staff.body().get("events").size() - 1);
		assertThat(last.get("type").asString()).isEqualTo("CITIZEN_RATED");
		assertThat(last.get("note").asString()).isEqualTo("不满意：回复太慢");
		assertThat(last.get("status").asString()).isEqualTo("REPLIED");
		assertThat(Instant.parse(last.get("at").asString())).isEqualTo(ratedAt);
		assertThat(ratingEvents(id)).as("run twice, written once").isEqualTo(1);
	}

	private Map<String, String> fields(String content) {
		return PortalClient.fields(this.port, content);
	}

	private long ratingEvents(long id) {
		return this.jdbc.sql("select count(*) from work_order_event where order_id = ? and type = 'CITIZEN_RATED'")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long orders() {
		return this.jdbc.sql("select count(*) from work_order").query(Long.class).single();
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		PortalClient.act(this.port, user, id, action, body);
	}

}
