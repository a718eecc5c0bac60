package io.hotline.org.web;

import io.hotline.support.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.HotlineTest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class UnitApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void signIn() {
		this.api = Api.anonymous(this.port);
	}

	@Test
	void listsTheDemoUnitsInTheShapeOfTheContract() {
		Api.Response answer = Api.as(this.port, "agent1", "demo").get("/api/units");
		assertThat(answer.status()).isEqualTo(200);
		List<JsonNode> units = answer.body().valueStream().toList();
		assertThat(units).extracting((unit) -> unit.path("code").asString())
			.contains("CENTER", "DEMO-UNIT-1", "DEMO-UNIT-2", "UTIL-POWER", "DIV-440106");
		assertThat(units).allSatisfy((unit) -> assertThat(unit.propertyNames()).containsExactlyInAnyOrder("id", "code",
				"name", "type", "parentId"));
		JsonNode tianhe = units.stream()
			.filter((u) -> u.path("code").asString().equals("DIV-440106"))
			.findFirst()
			.get();
		assertThat(tianhe.path("name").asString()).isEqualTo("天河区人民政府");
		assertThat(tianhe.path("type").asString()).isEqualTo("DISTRICT");
		assertThat(tianhe.path("parentId").isNumber()).isTrue();
	}

	@Test
	void refusesARequestWithoutCredentialsAsProblemJson() {
		Api.Response answer = this.api.get("/api/units");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.detail()).isNotBlank();
	}

	@Test
	void letsOnlyAnAdministratorAddAUnit() {
		Map<String, Object> unit = Map.of("code", unique("GRID"), "name", "网格站", "type", "COMMUNITY");
		Api.Response refused = Api.as(this.port, "dispatcher1", "demo").inLanguage("en").post("/api/units", unit);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).contains("administrator");
	}

	@Test
	void addsAUnitResponsibleForACommunityUnderItsStreetOffice() {
		long shipai = unitId("DIV-440106001");
		Api admin = Api.as(this.port, "admin", "demo");
		Api.Response created = admin.post("/api/units", Map.of("code", unique("SQ"), "name", "某社区居委会", "type",
				"community", "parentId", shipai, "divisionCodes", List.of("440106001001")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("type").asString()).isEqualTo("COMMUNITY");
		assertThat(created.body().path("parentId").asLong()).isEqualTo(shipai);
		Api.Response read = admin.get("/api/units/" + created.body().path("id").asLong());
		assertThat(read.body().path("name").asString()).isEqualTo("某社区居委会");
	}

	@Test
	void refusesBadUnitInputNamingTheProblem() {
		Api admin = Api.as(this.port, "admin", "demo");
		assertRefused(admin.post("/api/units", Map.of("name", "无编码", "type", "DEPARTMENT")), "'code'");
		assertRefused(admin.post("/api/units", Map.of("code", "DEMO-UNIT-1", "name", "重复", "type", "DEPARTMENT")),
				"DEMO-UNIT-1");
		assertRefused(admin.post("/api/units", Map.of("code", unique("X"), "name", "某局", "type", "MINISTRY")),
				"MINISTRY");
		assertRefused(
				admin.post("/api/units",
						Map.of("code", unique("X"), "name", "某局", "type", "DEPARTMENT", "parentId", 987654321)),
				"987654321");
		assertRefused(admin.post("/api/units",
				Map.of("code", unique("X"), "name", "某局", "type", "DEPARTMENT", "divisionCodes", List.of("620102"))),
				"620102");
		assertThat(admin.get("/api/units/987654321").status()).isEqualTo(404);
	}

	@Test
	void browsesTheDivisionsOfTheJurisdiction() {
		Api agent = Api.as(this.port, "agent1", "demo");
		List<JsonNode> districts = agent.get("/api/divisions").body().valueStream().toList();
		assertThat(districts).hasSize(11).extracting((d) -> d.path("name").asString()).contains("天河区");
		List<JsonNode> streets = agent.get("/api/divisions?parent=440106").body().valueStream().toList();
		assertThat(streets).extracting((d) -> d.path("name").asString()).contains("石牌街道");
		assertThat(agent.get("/api/divisions?parent=6201").status()).isEqualTo(404);
	}

	private long unitId(String code) {
		return Api.as(this.port, "agent1", "demo")
			.get("/api/units")
			.body()
			.valueStream()
			.filter((unit) -> unit.path("code").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asLong();
	}

	static void assertRefused(Api.Response answer, String detail) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.detail()).contains(detail);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
