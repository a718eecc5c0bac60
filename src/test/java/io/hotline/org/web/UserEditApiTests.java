package io.hotline.org.web;

import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.org.web.UnitApiTests.assertRefused;
import static io.hotline.org.web.UnitApiTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class UserEditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changedRolesAndPasswordTakeEffectAtOnce() {
		String username = newUser("first-pw-01");
		assertThat(Api.as(this.port, username, "first-pw-01").get("/api/me").status()).isEqualTo(200);
		assertThat(Api.as(this.port, username, "first-pw-01").get("/api/users").status()).isEqualTo(403);
		Api.Response changed = admin().put("/api/users/" + username,
				Map.of("displayName", "改名", "roles", List.of("AGENT", "ADMIN"), "password", "second-pw-02"));
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(changed.text("displayName")).isEqualTo("改名");
		assertThat(Api.as(this.port, username, "first-pw-01").get("/api/me").status()).isEqualTo(401);
		Api.Response me = Api.as(this.port, username, "second-pw-02").get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().path("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("AGENT",
				"ADMIN");
		assertThat(Api.as(this.port, username, "second-pw-02").get("/api/users").status()).isEqualTo(200);
		List<String> audited = this.jdbc.sql("select detail from audit_log where target = ? and action = 'user.update'")
			.param("user:" + username)
			.query(String.class)
			.list();
		assertThat(audited).singleElement().satisfies((detail) -> {
			assertThat(detail).contains("password reset").doesNotContain("second-pw-02");
		});
	}

	@Test
	void aDisabledUserIsRefusedAtOnceAndListedAsDisabled() {
		String username = newUser("pw-1234567");
		assertThat(Api.as(this.port, username, "pw-1234567").get("/api/me").status()).isEqualTo(200);
		assertThat(admin().put("/api/users/" + username, Map.of("enabled", false)).status()).isEqualTo(200);
		assertThat(Api.as(this.port, username, "pw-1234567").get("/api/me").status()).isEqualTo(401);
		JsonNode listed = admin().get("/api/users")
			.body()
			.valueStream()
			.filter((u) -> u.path("username").asString().equals(username))
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("enabled").asBoolean()).isFalse();
		assertThat(admin().put("/api/users/" + username, Map.of("enabled", true)).status()).isEqualTo(200);
		assertThat(Api.as(this.port, username, "pw-1234567").get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void movesAHandlerToAnotherUnitAndChecksLikeCreation() {
		String username = newUser("pw-1234567");
		Api admin = admin().inLanguage("en");
		assertRefused(admin.put("/api/users/" + username, Map.of("roles", List.of("HANDLER"))), "unitId");
		assertRefused(admin.put("/api/users/" + username, Map.of("roles", List.of("WIZARD"))), "WIZARD");
		assertRefused(admin.put("/api/users/" + username, Map.of("roles", List.of())), "roles");
		assertRefused(admin.put("/api/users/" + username, Map.of("unitId", 987654321)), "987654321");
		assertRefused(admin.put("/api/users/" + username, Map.of("password", "")), "password");
		assertRefused(admin.put("/api/users/" + username, Map.of("enabled", "no")), "enabled");
		long unit = Api.as(this.port, "unit1", "demo").get("/api/me").body().path("unitId").asLong();
		Api.Response handler = admin.put("/api/users/" + username, Map.of("roles", List.of("HANDLER"), "unitId", unit));
		assertThat(handler.status()).isEqualTo(200);
		assertThat(handler.body().path("unitId").asLong()).isEqualTo(unit);
		assertThat(Api.as(this.port, username, "pw-1234567").get("/api/me").body().path("unitId").asLong())
			.isEqualTo(unit);
		assertRefused(admin.put("/api/users/" + username, java.util.Collections.singletonMap("unitId", null)),
				"unitId");
	}

	@Test
	void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdminRole() {
		Api admin = admin().inLanguage("en");
		assertRefused(admin.put("/api/users/admin", Map.of("enabled", false)), "your own");
		assertRefused(admin.put("/api/users/admin", Map.of("roles", List.of("AGENT"))), "ADMIN");
		assertThat(Api.as(this.port, "admin", "demo").get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void letsOnlyAnAdministratorChangeUsersAndAnswers404ForAnUnknownOne() {
		assertThat(Api.as(this.port, "supervisor1", "demo").put("/api/users/agent1", Map.of("enabled", false)).status())
			.isEqualTo(403);
		assertThat(admin().put("/api/users/nobody-" + unique("x"), Map.of("displayName", "x")).status()).isEqualTo(404);
		assertThat(Api.as(this.port, "agent1", "demo").get("/api/me").status()).isEqualTo(200);
	}

	private Api admin() {
		return Api.as(this.port, "admin", "demo");
	}

	private String newUser(String password) {
		String username = unique("edit");
		Api.Response created = admin().post("/api/users",
				Map.of("username", username, "displayName", "测试", "password", password, "roles", List.of("AGENT")));
		assertThat(created.status()).isEqualTo(201);
		return username;
	}

}
