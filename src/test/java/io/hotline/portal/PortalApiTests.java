package io.hotline.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen portal's public API: submitting with and without a photo, refusals that
 * store nothing, what tracking shows, rating once and the rate limit.
 */
@HotlineTest
class PortalApiTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionLimiter limiter;

	@BeforeEach
	@AfterEach
	void forgetAttempts() {
		this.limiter.clear();
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
				new PortalClient.Photo("spot.png", "image/png", PNG));
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
		System.arraycopy(PNG, 0, big, 0, PNG.length);
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

		Api.Response rated = Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating",
					Map.of("satisfaction", "BASICALLY_SATISFIED", "comment", "处理及时"));
		assertThat(rated.status()).isEqualTo(201);
		Api.Response again = Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating", Map.of("satisfaction", "SATISFIED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).isEqualTo("您已评价过此诉求");
		Api.Response after = Api.anonymous(this.port).get("/api/public/orders/" + receipt.text("token"));
		assertThat(after.body().get("rating").get("satisfaction").asString()).isEqualTo("BASICALLY_SATISFIED");
		assertThat(after.body().get("canRate").asBoolean()).isFalse();
	}

	@Test
	void refusesARatingBeforeTheAnswer() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port, fields("噪音 " + UUID.randomUUID()), null);
		Api.Response early = Api.anonymous(this.port)
			.post("/api/public/orders/" + receipt.text("token") + "/rating", Map.of("satisfaction", "SATISFIED"));
		assertThat(early.status()).isEqualTo(409);
	}

	@Test
	void limitsSubmissionsPerClient() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(PortalClient.submit(this.port, fields("限流 " + i + " " + UUID.randomUUID()), null).status())
				.isEqualTo(201);
		}
		long before = orders();
		Api.Response refused = PortalClient.submit(this.port, fields("第六次"), null);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.detail()).isEqualTo("提交过于频繁：每分钟最多提交 5 次，请稍后再试");
		assertThat(orders()).isEqualTo(before);
	}

	private Map<String, String> fields(String content) {
		Map<String, String> fields = new HashMap<>();
		fields.put("categoryCode", category("环境卫生"));
		fields.put("content", content);
		fields.put("address", "天河区林和西路9号");
		fields.put("phone", "13900003333");
		return fields;
	}

	private String category(String keyword) {
		return Api.anonymous(this.port)
			.get("/api/public/categories?q="
					+ java.net.URLEncoder.encode(keyword, java.nio.charset.StandardCharsets.UTF_8))
			.body()
			.get(0)
			.get("code")
			.asString();
	}

	private long orders() {
		return this.jdbc.sql("select count(*) from work_order").query(Long.class).single();
	}

	private void act(String user, long id, String action, Map<String, Object> body) {
		Api.Response response = Api.as(this.port, user).post("/api/orders/" + id + "/" + action, body);
		assertThat(response.status()).as(action + ": " + response.body()).isLessThan(300);
	}

}
