package io.hotline.portal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The portal's limits per client address over HTTP: lookups by private token (tracking,
 * photo, rating) at 60 a minute, answered 429 with {@code Retry-After} beyond; and the
 * client is the connection's address, whatever {@code X-Forwarded-For} claims.
 */
@HotlineTest
class PortalLimitApiTests {

	@LocalServerPort
	int port;

	@Autowired
	PortalLimits limits;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void forgetAttempts() {
		this.limits.clear();
	}

	@Test
	void limitsLookupsByTokenPerClientWhateverItsForwardedAddress() throws Exception {
		Api.Response receipt = PortalClient.submit(this.port,
				PortalClient.fields(this.port, "查询限流 " + UUID.randomUUID()), null);
		String token = receipt.text("token");
		for (int i = 0; i < 30; i++) {
			assertThat(lookup("/api/public/orders/" + token, "198.51.100." + i).statusCode()).isEqualTo(200);
		}
		for (int i = 0; i < 20; i++) {
			assertThat(lookup("/api/public/orders/" + token + "/photo", "198.51.100." + i).statusCode()).isEqualTo(404);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(lookup("/api/public/orders/guessed" + UUID.randomUUID(), "203.0.113." + i).statusCode())
				.isEqualTo(404);
		}

		HttpResponse<byte[]> refused = lookup("/api/public/orders/" + token, "192.0.2.1");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("查询过于频繁：每分钟最多查询 60 次，请稍后再试");
		assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1, 60));
		assertThat(lookup("/api/public/orders/" + token + "/photo", null).statusCode()).isEqualTo(429);
		assertThat(Api.anonymous(this.port)
			.post("/api/public/orders/" + token + "/rating", Map.of("satisfaction", "SATISFIED"))
			.status()).as("rating looks the token up too").isEqualTo(429);

		assertThat(PortalClient.submit(this.port, PortalClient.fields(this.port, "另一种限制 " + UUID.randomUUID()), null)
			.status()).as("submissions count apart").isEqualTo(201);
	}

	@Test
	void limitsSubmissionsPerClientAndStoresNothingBeyond() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(PortalClient.submit(this.port, PortalClient.fields(this.port, "提交限流 " + UUID.randomUUID()), null)
				.status()).isEqualTo(201);
		}
		long before = this.jdbc.sql("select count(*) from work_order").query(Long.class).single();
		HttpResponse<String> refused = PortalClient.send(this.port,
				PortalClient.fields(this.port, "第六次 " + UUID.randomUUID()), null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("提交过于频繁：每分钟最多提交 5 次，请稍后再试");
		assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1, 60));
		assertThat(this.jdbc.sql("select count(*) from work_order").query(Long.class).single()).isEqualTo(before);
	}

	private HttpResponse<byte[]> lookup(String path, String forwardedFor) throws Exception {
		return (forwardedFor == null) ? PortalClient.get(this.port, path)
				: PortalClient.get(this.port, path, "X-Forwarded-For", forwardedFor);
	}

}
