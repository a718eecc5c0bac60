package io.hotline;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and may do what over HTTP, and how refusals read. */
@HotlineTest
class AccessHttpTest extends OrderApiTest {

	@Test
	void showsAUnitOnlyItsOwnOrders() {
		long id = register("COMPLAINT").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		assertThat(as("unit1").get("/api/orders/" + id).status()).isEqualTo(200);
		Response hidden = as("unit2").get("/api/orders/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.contentType()).contains("application/problem+json");
		assertThat(as("unit2").post("/api/orders/" + id + "/sign", Map.of()).status()).isEqualTo(404);
		JsonNode unit2List = as("unit2").get("/api/orders?size=200").body().get("content");
		unit2List.forEach((o) -> assertThat(o.get("id").asLong()).isNotEqualTo(id));
		JsonNode unit1Inbox = as("unit1").get("/api/orders?status=DISPATCHED,HANDLING&sort=deadline&size=200")
			.body()
			.get("content");
		assertThat(unit1Inbox.findValuesAsString("number")).contains(order("unit1", id).text("number"));
	}

	@Test
	void letsACoUnitSeeButNotSignTheOrder() {
		long id = register("COMPLAINT").id();
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1, this.unit2)));
		assertThat(as("unit2").get("/api/orders/" + id).status()).isEqualTo(200);
		Response sign = as("unit2").post("/api/orders/" + id + "/sign", Map.of());
		assertThat(sign.status()).isEqualTo(403);
	}

	@Test
	void masksTheCallerForRolesThatDoNotNeedThem() {
		long id = register("COMPLAINT").id();
		assertThat(order("agent1", id).body().get("caller").get("phone").asString()).isEqualTo("13812345678");
		assertThat(order("dispatcher1", id).body().get("caller").get("phone").asString()).isEqualTo("138****5678");
		assertThat(order("analyst1", id).body().get("caller").get("name").asString()).isEqualTo("李*");
	}

	@Test
	void refusesActionsOfTheWrongRole() {
		long id = register("COMPLAINT").id();
		Response byAgent = as("agent1").post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(this.unit1)));
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(as("analyst1").post("/api/orders", newOrder("HELP")).status()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get("/api/orders/" + id).status()).isEqualTo(401);
		assertThat(as("agent1", "wrong").get("/api/orders/" + id).status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where actor = 'agent1' and action = 'SIGN_IN' and outcome = 'REFUSED'",
				Integer.class))
			.isPositive();
	}

	@Test
	void answersIllegalTransitionsAndStaleVersionsWithConflictsAndWritesNothing() {
		long id = register("COMPLAINT").id();
		Response early = as("unit1").post("/api/orders/" + id + "/reply", Map.of("content", "x", "resolved", true));
		assertThat(early.status()).isIn(404, 409);
		Response sign = as("admin").post("/api/orders/" + id + "/sign", Map.of());
		assertThat(sign.status()).isEqualTo(409);
		assertThat(sign.detail()).contains("REGISTERED");
		act("dispatcher1", id, "dispatch", Map.of("unitIds", List.of(this.unit1)));
		Response stale = as("unit1").post("/api/orders/" + id + "/sign", Map.of("version", 0));
		assertThat(stale.status()).isEqualTo(409);
		Response staleHeader = as("unit1").post("/api/orders/" + id + "/sign", Map.of(), "\"0\"");
		assertThat(staleHeader.status()).isEqualTo(409);
		Response after = order("unit1", id);
		assertThat(after.text("status")).isEqualTo("DISPATCHED");
		assertThat(after.body().get("events")).hasSize(2);
		assertThat(as("unit1").post("/api/orders/" + id + "/sign", Map.of("version", 1)).status()).isEqualTo(200);
	}

	@Test
	void explainsBadInput() {
		Response badEnum = as("agent1").post("/api/orders", Map.of("channel", "FAX", "type", "HELP", "content", "x"));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.contentType()).contains("application/problem+json");
		assertThat(badEnum.detail()).contains("channel");
		Response noContent = as("agent1").post("/api/orders", Map.of("channel", "PHONE", "type", "HELP"));
		assertThat(noContent.detail()).as("the field as the form names it").contains("诉求内容");
		Response notJson = as("agent1").post("/api/orders", "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		Response badCategory = as("agent1").post("/api/orders",
				Map.of("channel", "PHONE", "type", "HELP", "content", "x", "categoryCode", "nope"));
		assertThat(badCategory.detail()).contains("categoryCode");
		assertThat(as("admin").get("/api/orders/987654321").status()).isEqualTo(404);
		assertThat(as("dispatcher1").post("/api/orders/1/dispatch", Map.of("unitIds", List.of(-5))).status()).isIn(400,
				404, 409);
		assertThat(as("admin").get("/api/orders?status=NOPE").detail()).contains("status");
	}

	@Test
	void publishesItsApiDescriptionToStaffAndHealthToAll() {
		assertThat(Api.anonymous(this.port).get("/v3/api-docs").status()).isEqualTo(401);
		Response docs = as("analyst1").get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").has("/api/orders")).isTrue();
		assertThat(Api.anonymous(this.port).get("/actuator/health").body().toString()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void listsUsersOnlyForAdministrators() {
		Response users = as("admin").get("/api/users");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.body().findValuesAsString("username")).contains("agent1", "unit1", "unit2");
		assertThat(as("dispatcher1").get("/api/users").status()).isEqualTo(403);
	}

}
