package io.hotline.catalog;

import io.hotline.support.Api;
import java.util.List;
import java.util.UUID;

import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitType;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class CatalogApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisation organisation;

	@Autowired
	Catalog catalog;

	@Test
	void seedsTheDemoCatalogFromTheLabelSystemOnTheClasspath() {
		boolean real = new ClassPathResource(DemoCatalog.REAL_LABELS).exists();

		assertThat(count(3)).isEqualTo(real ? 517 : 42);
		assertThat(count(1)).isEqualTo(15);
		assertThat(this.catalog.children(null)).first()
			.extracting(Category::code, Category::name)
			.containsExactly("01", "城乡建设");
	}

	@Test
	void findsGasSupplyBelowUrbanConstructionWhenSearchingForGas() {
		Api.Response reply = Api.withRole(Role.AGENT, this.port, this.jdbc).get("/api/categories?q=燃气");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get(0).path("pathName").asString()).isEqualTo("城乡建设/城市建设和市政管理/燃气供应");
		assertThat(reply.body().get(0).path("limits").path("normalDays").asInt()).isEqualTo(10);
		assertThat(this.catalog.search("城市建设 燃气", 5)).extracting(Category::name).first().isEqualTo("燃气供应");
	}

	@Test
	void letsAnAdministratorAddAndRerouteACategoryAuditingBoth() {
		HandlingUnit unit = this.organisation.create("TEST-" + UUID.randomUUID(), "测试局", UnitType.DEPARTMENT, null,
				List.of());
		Api admin = Api.withRole(Role.ADMIN, this.port, this.jdbc);
		String parent = this.catalog.children("01").get(0).code();

		Api.Response created = admin.post("/api/categories", """
				{"name":"共享单车停放","parentCode":"%s","level":3,"defaultUnitType":"STREET",
				 "limits":{"normalDays":5,"urgentDays":2,"veryUrgentDays":1}}""".formatted(parent));
		assertThat(created.status()).isEqualTo(201);
		String code = created.body().path("code").asString();
		assertThat(code).startsWith(parent).hasSize(6);
		assertThat(created.body().path("pathName").asString()).endsWith("/共享单车停放");

		Api.Response updated = admin.put("/api/categories/" + code, """
				{"name":"共享单车","defaultUnitId":%d,"consultation":true,
				 "limits":{"normalDays":10,"urgentDays":3,"veryUrgentDays":1}}""".formatted(unit.id().value()));
		assertThat(updated.status()).isEqualTo(200);
		Api.Response read = Api.withRole(Role.AGENT, this.port, this.jdbc).get("/api/categories/" + code);
		assertThat(read.body().path("defaultUnitId").asLong()).isEqualTo(unit.id().value());
		assertThat(read.body().path("name").asString()).isEqualTo("共享单车");
		assertThat(read.body().path("consultation").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_log where target = ?")
			.param("category:" + code)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void renamingACategoryRenamesThePathsBelowIt() {
		Api admin = Api.withRole(Role.ADMIN, this.port, this.jdbc);
		String top = admin.post("/api/categories", "{\"name\":\"临时专项\"}").body().path("code").asString();
		String child = admin.post("/api/categories", "{\"name\":\"防台风\",\"parentCode\":\"" + top + "\"}")
			.body()
			.path("code")
			.asString();

		admin.put("/api/categories/" + top, "{\"name\":\"应急专项\"}");

		assertThat(this.catalog.category(child).orElseThrow().pathName()).isEqualTo("应急专项/防台风");
	}

	@Test
	void refusesInconsistentLevelsBadLimitsUnknownUnitsAndNonAdministrators() {
		Api admin = Api.withRole(Role.ADMIN, this.port, this.jdbc).inLanguage("en");
		String leaf = this.catalog.search("燃气供应", 1).get(0).code();

		assertThat(admin.post("/api/categories", "{\"name\":\"x\",\"parentCode\":\"01\",\"level\":3}").detail())
			.contains("level 2");
		assertThat(admin.post("/api/categories", "{\"name\":\"x\",\"parentCode\":\"" + leaf + "\"}").detail())
			.contains("at most 3 levels");
		assertThat(admin.post("/api/categories", "{\"name\":\"x\",\"parentCode\":\"nope\"}").status()).isEqualTo(400);
		assertThat(admin
			.post("/api/categories",
					"{\"name\":\"x\",\"limits\":{\"normalDays\":0,\"urgentDays\":1,\"veryUrgentDays\":1}}")
			.status()).isEqualTo(400);
		assertThat(admin.post("/api/categories", "{\"name\":\"x\",\"defaultUnitId\":987654321}").detail())
			.contains("987654321");
		assertThat(admin.post("/api/categories", "{\"name\":\"x\",\"defaultUnitType\":\"PLANET\"}").status())
			.isEqualTo(400);
		assertThat(Api.withRole(Role.DISPATCHER, this.port, this.jdbc)
			.post("/api/categories", "{\"name\":\"x\"}")
			.status()).isEqualTo(403);
		assertThat(admin.get("/api/categories/nope").status()).isEqualTo(404);
	}

	/** Seeded categories of the level, leaving out those that other tests created. */
	private long count(int level) {
		return this.jdbc.sql("""
				select count(*) from category c where level = ? and not exists (select 1 from audit_log
					where action = 'category.create' and target = 'category:' || c.code)""")
			.param(level)
			.query(Long.class)
			.single();
	}

}
