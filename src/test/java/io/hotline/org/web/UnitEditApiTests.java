package io.hotline.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Organisation;
import io.hotline.org.UnitId;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.hotline.org.web.UnitApiTests.assertRefused;
import static io.hotline.org.web.UnitApiTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class UnitEditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisation organisation;

	@Test
	void renamesAndMovesAUnitWithItsSubtree() {
		Api admin = Api.as(this.port, "admin", "demo");
		long center = center();
		long oldParent = create(admin, "旧上级", center);
		long newParent = create(admin, "新上级", center);
		long unit = create(admin, "科室", oldParent);
		long child = create(admin, "小组", unit);
		Api.Response moved = admin.put("/api/units/" + unit, Map.of("name", " 新科室 ", "parentId", newParent));
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.text("name")).isEqualTo("新科室");
		assertThat(moved.body().path("parentId").asLong()).isEqualTo(newParent);
		assertThat(moved.body().path("active").asBoolean()).isTrue();
		assertThat(this.organisation.subtree(new UnitId(newParent))).contains(new UnitId(unit), new UnitId(child));
		assertThat(this.organisation.subtree(new UnitId(oldParent))).containsExactly(new UnitId(oldParent));
		assertThat(this.organisation.subtree(new UnitId(center))).contains(new UnitId(child));
		assertThat(admin.get("/api/units/" + child).body().path("parentId").asLong()).isEqualTo(unit);
		Api.Response read = admin.get("/api/units/" + unit);
		assertThat(read.text("name")).isEqualTo("新科室");
		assertThat(read.text("code")).startsWith("EDIT-");
	}

	@Test
	void refusesAMoveUnderItselfOrItsOwnSubtree() {
		Api admin = Api.as(this.port, "admin", "demo").inLanguage("en");
		long unit = create(admin, "科室", center());
		long child = create(admin, "小组", unit);
		long grandchild = create(admin, "小小组", child);
		assertRefused(admin.put("/api/units/" + unit, Map.of("parentId", grandchild)), "subtree");
		assertRefused(admin.put("/api/units/" + unit, Map.of("parentId", unit)), String.valueOf(unit));
		assertRefused(admin.put("/api/units/" + unit, Map.of("parentId", 987654321)), "987654321");
		assertThat(this.organisation.subtree(new UnitId(unit))).containsExactlyInAnyOrder(new UnitId(unit),
				new UnitId(child), new UnitId(grandchild));
	}

	@Test
	void deactivatesAUnitSoThatNothingIsDispatchedToIt() {
		Api admin = Api.as(this.port, "admin", "demo").inLanguage("en");
		long unit = create(admin, "科室", center());
		long child = create(admin, "小组", unit);
		assertRefused(admin.put("/api/units/" + unit, Map.of("active", false)), "active units below");
		Api.Response off = admin.put("/api/units/" + child, Map.of("active", false));
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.body().path("active").asBoolean()).isFalse();
		assertThat(codes(Api.as(this.port, "agent1", "demo").get("/api/units").body()))
			.doesNotContain(admin.get("/api/units/" + child).text("code"));
		JsonNode all = admin.get("/api/units?all=true").body();
		assertThat(all.valueStream()
			.filter((u) -> u.path("id").asLong() == child)
			.findFirst()
			.orElseThrow()
			.path("active")
			.asBoolean()).isFalse();
		long order = Api.as(this.port, "agent1", "demo").post("/api/orders", order()).id();
		Api.Response dispatched = Api.as(this.port, "dispatcher1", "demo")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(child)));
		assertRefused(dispatched, String.valueOf(child));
		assertRefused(admin.put("/api/units/" + create(admin, "孙", unit) + "", Map.of("parentId", child)), "inactive");
		assertThat(admin.put("/api/units/" + child, Map.of("active", true)).status()).isEqualTo(200);
		assertThat(Api.as(this.port, "dispatcher1", "demo")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(child)))
			.status()).isEqualTo(200);
	}

	@Test
	void replacesTheDivisionsAndRefusesBadInput() {
		Api admin = Api.as(this.port, "admin", "demo").inLanguage("en");
		long unit = create(admin, "科室", center());
		assertThat(admin.put("/api/units/" + unit, Map.of("divisionCodes", List.of("440106001"))).status())
			.isEqualTo(200);
		assertThat(this.organisation.divisions(new UnitId(unit))).containsExactly("440106001");
		assertRefused(admin.put("/api/units/" + unit, Map.of("divisionCodes", List.of("620102"))), "620102");
		assertRefused(admin.put("/api/units/" + unit, Map.of("name", " ")), "'name'");
		assertRefused(admin.put("/api/units/" + unit, Map.of("active", "yes")), "'active'");
		assertRefused(admin.put("/api/units/" + unit, Map.of("parentId", "x")), "'parentId'");
		assertThat(this.organisation.divisions(new UnitId(unit))).containsExactly("440106001");
	}

	@Test
	void letsOnlyAnAdministratorChangeUnitsAndAnswers404ForAnUnknownOne() {
		long unit = create(Api.as(this.port, "admin", "demo"), "科室", center());
		Api dispatcher = Api.as(this.port, "dispatcher1", "demo");
		assertThat(dispatcher.put("/api/units/" + unit, Map.of("name", "改名")).status()).isEqualTo(403);
		assertThat(dispatcher.get("/api/units?all=true").status()).isEqualTo(403);
		assertThat(Api.as(this.port, "admin", "demo").put("/api/units/987654321", Map.of("name", "x")).status())
			.isEqualTo(404);
	}

	private long center() {
		return Api.as(this.port, "admin", "demo")
			.get("/api/units")
			.body()
			.valueStream()
			.filter((unit) -> unit.path("code").asString().equals("CENTER"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asLong();
	}

	private static long create(Api admin, String name, long parent) {
		Map<String, Object> unit = new HashMap<>(
				Map.of("code", unique("EDIT"), "name", name, "type", "DEPARTMENT", "parentId", parent));
		Api.Response created = admin.post("/api/units", unit);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.id();
	}

	private static List<String> codes(JsonNode units) {
		return units.valueStream().map((u) -> u.path("code").asString()).toList();
	}

	private static Map<String, Object> order() {
		return Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "小区楼下餐馆油烟扰民，晚上排放严重", "address", "天河区石牌街道华景社区",
				"urgency", "NORMAL", "caller", Map.of("name", "李四", "phone", "13812345678"));
	}

}
