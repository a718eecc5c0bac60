package io.hotline.org.web;

import io.hotline.support.Api;
import java.util.List;
import java.util.Map;

import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.hotline.org.web.UnitApiTests.assertRefused;
import static io.hotline.org.web.UnitApiTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

@HotlineTest
class UserApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		this.api = Api.anonymous(this.port);
	}

	@Test
	void aHandlerSignsInWithTheDemoPasswordAndSeesItsUnit() {
		Api.Response me = Api.as(this.port, "unit1", "demo").get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().path("username").asString()).isEqualTo("unit1");
		assertThat(me.body().path("roles").valueStream().map((r) -> r.asString())).containsExactly("HANDLER");
		assertThat(me.body().path("unitName").asString()).endsWith("住房和城乡建设局");
		assertThat(me.body().path("unitId").isNumber()).isTrue();
		assertThat(Api.as(this.port, "unit1", "wrong").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void everyDemoUserOfTheContractSignsIn() {
		for (String user : List.of("admin", "agent1", "dispatcher1", "unit1", "unit2", "callback1", "supervisor1",
				"analyst1")) {
			assertThat(Api.as(this.port, user, "demo").get("/api/me").status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void anAdministratorAddsAUserWhoCanThenSignIn() {
		String username = unique("clerk");
		Api.Response created = Api.as(this.port, "admin", "demo")
			.post("/api/users", Map.of("username", username, "displayName", "新话务员", "password", "s3cret!-pw", "roles",
					List.of("AGENT", "CALLBACK")));
		assertThat(created.status()).isEqualTo(201);
		Api.Response me = Api.as(this.port, username, "s3cret!-pw").get("/api/me");
		assertThat(me.body().path("displayName").asString()).isEqualTo("新话务员");
		assertThat(me.body().path("unitId").isNull()).isTrue();
	}

	@Test
	void refusesBadOrDuplicateUsers() {
		Api admin = Api.as(this.port, "admin", "demo");
		assertRefused(admin.post("/api/users", Map.of("username", unique("h"), "displayName", "承办员", "password",
				"x1-valid-pw", "roles", List.of("HANDLER"))), "unitId");
		assertRefused(admin.post("/api/users", Map.of("username", unique("h"), "displayName", "某人", "password",
				"x1-valid-pw", "roles", List.of("WIZARD"))), "WIZARD");
		Api.Response duplicate = admin.post("/api/users", Map.of("username", "agent1", "displayName", "重复", "password",
				"x1-valid-pw", "roles", List.of("AGENT")));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).contains("agent1");
		Api.Response notAdmin = Api.as(this.port, "supervisor1", "demo")
			.post("/api/users", Map.of("username", unique("h"), "displayName", "某人", "password", "x1-valid-pw", "roles",
					List.of("AGENT")));
		assertThat(notAdmin.status()).isEqualTo(403);
	}

	@Test
	void refusesWeakPasswordsWhenAUserIsAddedOrChanged() {
		Api admin = Api.as(this.port, "admin", "demo").inLanguage("en");
		for (String[] weak : new String[][] { { "1", "at least 10" }, { "demo-pw-1", "at least 10" },
				{ "abcdefghij", "one kind" }, { "1234567890", "one kind" }, { "x".repeat(80) + "1", "72 bytes" } }) {
			String username = unique("weak");
			assertRefused(admin.post("/api/users",
					Map.of("username", username, "displayName", "弱密码", "password", weak[0], "roles", List.of("AGENT"))),
					weak[1]);
			assertThat(Api.as(this.port, "admin", "demo").get("/api/users").body().toString()).doesNotContain(username);
		}
		String username = unique("named");
		assertRefused(admin.post("/api/users", Map.of("username", username, "displayName", "名字", "password",
				username.toUpperCase() + "-1", "roles", List.of("AGENT"))), "user name");
		Api.Response created = admin.post("/api/users", Map.of("username", username, "displayName", "名字", "password",
				"Strong-pw-1", "roles", List.of("AGENT")));
		assertThat(created.status()).isEqualTo(201);
		assertRefused(admin.put("/api/users/" + username, Map.of("password", "1")), "at least 10");
		assertThat(Api.as(this.port, username, "Strong-pw-1").get("/api/me").status())
			.as("the password stays as it was")
			.isEqualTo(200);
	}

}
