package io.hotline.address;

import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators teach recognition local names under {@code /api/nlp/address/aliases}.
 */
@HotlineTest
class AliasApiHttpTest {

	private static final String ALIASES = "/api/nlp/address/aliases";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recognisesALocalNameOnceAnAdministratorWroteIt() {
		Api admin = Api.as(this.port, "admin");
		Api agent = Api.as(this.port, "agent1");
		String text = "天河石牌那边华师小区门口";
		assertThat(agent.post("/api/nlp/address", Map.of("text", text)).text("community")).isNull();

		Api.Response created = admin.post(ALIASES, Map.of("alias", "华师", "code", "440106006006"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("source")).isEqualTo("ADMIN");
		assertThat(created.body().path("active").asBoolean()).isTrue();
		assertThat(created.body().path("place").path("street").path("name").asString()).isEqualTo("石牌街道");

		Api.Response recognised = agent.post("/api/nlp/address", Map.of("text", text));
		assertThat(recognised.text("community")).isEqualTo("华南师范大学社区居委会");
		assertThat(recognised.body().path("matched").findValuesAsString("form")).contains("alias");
		assertThat(audited("address.alias.create", created.id())).isOne();

		assertThat(admin.delete(ALIASES + "/" + created.id()).status()).isEqualTo(204);
		assertThat(agent.post("/api/nlp/address", Map.of("text", text)).text("community")).isNull();
		assertThat(audited("address.alias.delete", created.id())).isOne();
	}

	@Test
	void editsAnAliasAndListsIt() {
		Api admin = Api.as(this.port, "admin");
		long id = admin.post(ALIASES, Map.of("alias", "五山高校区", "code", "440106")).id();

		Api.Response updated = admin.put(ALIASES + "/" + id, Map.of("alias", "五山高校区", "code", "440106001"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("code")).isEqualTo("440106001");
		assertThat(audited("address.alias.update", id)).isOne();
		assertThat(admin.get(ALIASES).body().findValuesAsString("alias")).contains("五山高校区");
		assertThat(Api.as(this.port, "agent1").post("/api/nlp/address", Map.of("text", "五山高校区那边")).text("street"))
			.isEqualTo("五山街道");
	}

	@Test
	void refusesUnknownDivisionsDuplicatesAndOtherRoles() {
		Api admin = Api.as(this.port, "admin");
		Api.Response unknown = admin.post(ALIASES, Map.of("alias", "无名地", "code", "440106999999"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.detail()).contains("440106999999");
		assertThat(admin.post(ALIASES, Map.of("alias", "花城广场", "code", "440106")).status()).isEqualTo(201);
		Api.Response duplicate = admin.post(ALIASES, Map.of("alias", "花城广场", "code", "440104"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).contains("花城广场");
		assertThat(admin.put(ALIASES + "/987654321", Map.of("alias", "某地", "code", "440106")).status()).isEqualTo(404);
		Api agent = Api.as(this.port, "agent1");
		assertThat(agent.get(ALIASES).status()).isEqualTo(403);
		assertThat(agent.post(ALIASES, Map.of("alias", "某处", "code", "440106")).status()).isEqualTo(403);
	}

	private long audited(String action, long id) {
		return this.jdbc.sql("select count(*) from audit_log where action = ? and target = ?")
			.params(action, "address-alias:" + id)
			.query(Long.class)
			.single();
	}

}
