package io.hotline.province.mapping;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a city hotline (the shared test context serves 4401) there is no provincial mapping.
 */
@HotlineTest
class CityNodeMappingsHttpTest {

	@LocalServerPort
	int port;

	@Test
	void answersNotFoundNamingWhyOnACityNode() {
		Api.Response reply = Api.as(this.port, "admin").get("/api/province/mappings/coverage");
		Api.Response english = Api.as(this.port, "admin").inLanguage("en").get("/api/province/mappings");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.isProblem()).isTrue();
		assertThat(reply.detail()).contains("不是省级平台");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.detail()).contains("not a provincial platform");
	}

}
