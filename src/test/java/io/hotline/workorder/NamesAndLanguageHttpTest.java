package io.hotline.workorder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, not codes, and the platform's own notes in the reader's language: an order shows
 * its category's name, the display names of the people in its timeline and a title made
 * of its first words; the callback's verdict reads in Chinese and in English for the same
 * order while the stored note stays as written; errors name the field as the form does.
 */
@HotlineTest
class NamesAndLanguageHttpTest {

	@LocalServerPort
	int port;

	@Test
	void anOrderShowsNamesATitleAndNotesInTheReadersLanguage() {
		JsonNode category = category();
		long id = Api.as(this.port, "agent1")
			.post("/api/orders",
					Map.of("channel", "PHONE", "type", "HELP", "categoryCode", category.get("code").asString(),
							"content", "天河路口的路灯坏了一个月。晚上很黑 " + UUID.randomUUID()))
			.id();
		long unit = Api.as(this.port, "unit1").get("/api/me").body().path("unitId").asLong();
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit)))
			.status()).isEqualTo(200);
		Api.as(this.port, "unit1").post("/api/orders/" + id + "/sign", Map.of());
		Api.as(this.port, "unit1").post("/api/orders/" + id + "/reply", Map.of("content", "已修复路灯。", "resolved", true));
		assertThat(Api.as(this.port, "callback1")
			.post("/api/orders/" + id + "/callback",
					Map.of("satisfaction", "BASICALLY_SATISFIED", "resolved", true, "comment", "还行"))
			.status()).isEqualTo(200);

		JsonNode zh = Api.as(this.port, "supervisor1").get("/api/orders/" + id).body();
		JsonNode en = Api.as(this.port, "supervisor1").inLanguage("en").get("/api/orders/" + id).body();
		assertThat(zh.get("categoryCode").asString()).isEqualTo(category.get("code").asString());
		assertThat(zh.get("categoryName").asString()).isEqualTo(category.get("pathName").asString())
			.contains(category.get("name").asString());
		assertThat(zh.get("title").asString()).isEqualTo("天河路口的路灯坏了一个月");

		String dispatcherName = displayName("dispatcher1");
		JsonNode dispatched = event(zh, "DISPATCHED");
		assertThat(dispatched.get("actor").asString()).isEqualTo("dispatcher1");
		assertThat(dispatched.get("actorName").asString()).isEqualTo(dispatcherName).isNotEqualTo("dispatcher1");

		JsonNode calledBackZh = event(zh, "CALLED_BACK");
		JsonNode calledBackEn = event(en, "CALLED_BACK");
		assertThat(calledBackZh.get("note").asString()).isEqualTo("基本满意，已解决：还行");
		assertThat(calledBackEn.get("note").asString()).as("the stored note, for API clients").isEqualTo("基本满意，已解决：还行");
		assertThat(calledBackZh.get("text").asString()).isEqualTo("基本满意，已解决：还行");
		assertThat(calledBackEn.get("text").asString()).isEqualTo("basically satisfied, resolved: 还行");
		assertThat(calledBackEn.get("noteKey").asString()).isEqualTo("note.callback-comment");
	}

	@Test
	void errorsNameTheFieldAsTheFormDoes() {
		Map<String, Object> badPhone = Map.of("channel", "PHONE", "type", "HELP", "content", "路灯不亮", "caller",
				Map.of("phone", "abc"));
		assertThat(Api.as(this.port, "agent1").post("/api/orders", badPhone).detail()).contains("电话号码")
			.doesNotContain("caller.phone");
		assertThat(Api.as(this.port, "agent1").inLanguage("en").post("/api/orders", badPhone).detail())
			.contains("phone number")
			.doesNotContain("caller.phone");
		Map<String, Object> longName = Map.of("channel", "PHONE", "type", "HELP", "content", "路灯不亮", "caller",
				Map.of("name", "名".repeat(300)));
		assertThat(Api.as(this.port, "agent1").post("/api/orders", longName).detail()).contains("来电人姓名")
			.doesNotContain("caller.name");
	}

	/** A category of the second level (with a name above its own). */
	private JsonNode category() {
		Api agent = Api.as(this.port, "agent1");
		String top = agent.get("/api/categories").body().get(0).get("code").asString();
		return agent.get("/api/categories?parent=" + top).body().get(0);
	}

	private String displayName(String username) {
		for (JsonNode user : Api.as(this.port, "admin").get("/api/users").body()) {
			if (username.equals(user.get("username").asString())) {
				return user.get("displayName").asString();
			}
		}
		throw new AssertionError("no user " + username);
	}

	private static JsonNode event(JsonNode order, String type) {
		for (JsonNode event : order.get("events")) {
			if (type.equals(event.get("type").asString())) {
				return event;
			}
		}
		throw new AssertionError("no " + type + " in " + order.get("events"));
	}

}
