package io.hotline;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals read in Chinese unless the caller asks for English. */
@HotlineTest
class ProblemLanguageHttpTest {

	private static final Map<String, String> WITHOUT_CONTENT = Map.of("channel", "PHONE", "type", "HELP");

	@LocalServerPort
	int port;

	@Test
	void explainsAMissingFieldInChineseByDefault() {
		Response answer = agent().post("/api/orders", WITHOUT_CONTENT);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.detail()).isEqualTo("'诉求内容' 为必填项");
	}

	@Test
	void explainsAMissingFieldInEnglishOnRequest() {
		assertThat(agent().inLanguage("en").post("/api/orders", WITHOUT_CONTENT).detail())
			.isEqualTo("'request' is required");
		assertThat(agent().inLanguage("en-US,en;q=0.9").post("/api/orders", WITHOUT_CONTENT).detail())
			.isEqualTo("'request' is required");
	}

	@Test
	void answersInChineseForALanguageItDoesNotSpeak() {
		assertThat(agent().inLanguage("fr").post("/api/orders", WITHOUT_CONTENT).detail()).isEqualTo("'诉求内容' 为必填项");
	}

	@Test
	void asksForSignInInTheCallersLanguage() {
		Response chinese = Api.anonymous(this.port).get("/api/orders");
		Response english = Api.anonymous(this.port).inLanguage("en").get("/api/orders");
		assertThat(chinese.status()).isEqualTo(401);
		assertThat(chinese.isProblem()).isTrue();
		assertThat(chinese.detail()).startsWith("请先登录");
		assertThat(english.status()).isEqualTo(401);
		assertThat(english.detail()).startsWith("Sign in first");
	}

	private Api agent() {
		return Api.as(this.port, "agent1", "demo");
	}

}
