package io.hotline.portal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

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
 * The photo of a portal submission read back: by its citizen through the private token,
 * by the staff who may see the order; and the photos that are refused before anything is
 * stored.
 */
@HotlineTest
class PortalPhotoApiTests {

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
	void showsThePhotoToItsCitizenByTheToken() throws Exception {
		Api.Response receipt = submit("垃圾堆放 ", new PortalClient.Photo("spot.jpg", "image/jpeg", PortalClient.JPEG));
		assertThat(receipt.status()).isEqualTo(201);
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		assertThat(this.jdbc.sql("select photo from portal_submission where order_id = ?")
			.param(id)
			.query(byte[].class)
			.single()).as("in the database: every instance serves it").isEqualTo(PortalClient.JPEG);
		assertThat(Api.anonymous(this.port)
			.get("/api/public/orders/" + receipt.text("token"))
			.body()
			.get("hasPhoto")
			.asBoolean()).isTrue();

		HttpResponse<byte[]> photo = PortalClient.get(this.port,
				"/api/public/orders/" + receipt.text("token") + "/photo");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.body()).isEqualTo(PortalClient.JPEG);
		assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(photo.headers().allValues("Cache-Control")).containsExactly("private");
		assertThat(photo.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(photo.headers().allValues("Set-Cookie")).as("no session")
			.noneMatch((c) -> c.startsWith("JSESSIONID"));

		assertThat(PortalClient.get(this.port, "/api/public/orders/" + otherToken(receipt.text("token")) + "/photo")
			.statusCode()).as("an unknown token").isEqualTo(404);
	}

	@Test
	void showsThePhotoToTheStaffWhoMaySeeTheOrder() throws Exception {
		Api.Response receipt = submit("井盖松动 ", new PortalClient.Photo("spot.png", "image/png", PortalClient.PNG));
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		String path = "/api/orders/" + id + "/photo";

		HttpResponse<byte[]> dispatcher = PortalClient.get(this.port, path, "Authorization",
				PortalClient.basic("dispatcher1"));
		assertThat(dispatcher.statusCode()).isEqualTo(200);
		assertThat(dispatcher.body()).isEqualTo(PortalClient.PNG);
		assertThat(dispatcher.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(dispatcher.headers().firstValue("Cache-Control")).contains("private");
		assertThat(dispatcher.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + id + "/portal").body().toString())
			.isEqualTo("{\"viaPortal\":true,\"hasPhoto\":true}");

		assertThat(status(path, "unit1")).as("not yet dispatched to unit1").isEqualTo(404);
		PortalClient.answer(this.port, id, "已加固井盖");
		assertThat(status(path, "unit1")).isEqualTo(200);
		assertThat(status(path, "unit2")).as("a handler of another unit").isEqualTo(404);
		assertThat(Api.as(this.port, "unit2").get("/api/orders/" + id + "/portal").status()).isEqualTo(404);
		assertThat(PortalClient.get(this.port, path).statusCode()).as("without signing in").isEqualTo(401);
	}

	@Test
	void answers404WithoutAPhoto() throws Exception {
		Api.Response receipt = submit("没有照片 ", null);
		long id = PortalClient.orderId(this.jdbc, receipt.text("number"));
		HttpResponse<byte[]> citizen = PortalClient.get(this.port,
				"/api/public/orders/" + receipt.text("token") + "/photo");
		assertThat(citizen.statusCode()).isEqualTo(404);
		assertThat(new String(citizen.body(), StandardCharsets.UTF_8)).contains("此诉求没有照片");
		assertThat(status("/api/orders/" + id + "/photo", "dispatcher1")).isEqualTo(404);
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + id + "/portal").body().toString())
			.isEqualTo("{\"viaPortal\":true,\"hasPhoto\":false}");

		Api.Response phoned = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "HELP", "content", "电话来的诉求"));
		assertThat(phoned.status()).isEqualTo(201);
		assertThat(Api.as(this.port, "dispatcher1").get("/api/orders/" + phoned.id() + "/portal").body().toString())
			.isEqualTo("{\"viaPortal\":false,\"hasPhoto\":false}");
		assertThat(status("/api/orders/" + phoned.id() + "/photo", "dispatcher1")).isEqualTo(404);
	}

	@Test
	void refusesAFileThatClaimsToBeAJpegButIsNotAndStoresNothing() throws Exception {
		long before = orders();
		byte[] html = concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		Api.Response refused = submit("伪装的图片 ", new PortalClient.Photo("photo.jpg", "image/jpeg", html));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).isEqualTo("照片只能是 JPEG 或 PNG 图片");

		Api.Response png = submit("说是 JPEG 的 PNG ",
				new PortalClient.Photo("photo.jpg", "image/jpeg", PortalClient.PNG));
		assertThat(png.status()).as("a real PNG declared as JPEG").isEqualTo(400);
		assertThat(orders()).isEqualTo(before);
	}

	@Test
	void refusesAPhotoOfTooManyPixels() throws Exception {
		long before = orders();
		Api.Response refused = submit("超大分辨率 ",
				new PortalClient.Photo("huge.png", "image/png", pngHeader(20_000, 20_000)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).isEqualTo("照片分辨率过高，请缩小后再上传（最多 100 百万像素）");
		assertThat(orders()).isEqualTo(before);
	}

	private Api.Response submit(String content, PortalClient.Photo photo) throws Exception {
		return PortalClient.submit(this.port, PortalClient.fields(this.port, content + UUID.randomUUID()), photo);
	}

	private int status(String path, String user) throws Exception {
		return PortalClient.get(this.port, path, "Authorization", PortalClient.basic(user)).statusCode();
	}

	private long orders() {
		return this.jdbc.sql("select count(*) from work_order").query(Long.class).single();
	}

	private static String otherToken(String token) {
		return (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
	}

	/** A PNG's signature and a valid header of these dimensions, without any pixels. */
	private static byte[] pngHeader(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII));
		header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update(header.array());
		ByteBuffer chunk = ByteBuffer.allocate(4 + 17 + 4).putInt(13).put(header.array()).putInt((int) crc.getValue());
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, chunk.array());
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
