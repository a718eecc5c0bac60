package io.hotline.province;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.workforce.SurgeReports;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 多援一 granted by the province (甘肃省): only to a city that asked for help, of another city
 * of the province, within the bounds; the grant reaches the helped city at its pull, its
 * accounts and codes come back at its next, the helping city gets them at its own pull
 * and, once it says it has them, the province forgets the codes. Listed, filtered and
 * exported without the codes.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(properties = { "hotline.jurisdiction=62", "hotline.node.master-key=" + SurgeGrantsHttpTest.SECRET,
		"hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200" })
class SurgeGrantsHttpTest {

	static final String SECRET = "province-secret-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void grantsHelpToACityThatAskedAndHandsItsAccountsToTheHelpingCity() throws Exception {
		CityFeed feed = new CityFeed(this.port, SECRET, this.json, this.clock);
		Instant at = this.clock.instant();
		SurgeReports.SurgeReport asking = new SurgeReports.SurgeReport(true, at, 900L, 100.0, 0.42, 0.55, 1200, 660, 40,
				10, 0, List.of(), 30, "暴雨，来电是平时的 9 倍", at, at);
		assertThat(feed.post("6211", "/api/node/surge", asking).statusCode()).isEqualTo(200);
		Api supervisor = Api.as(this.port, "supervisor1");
		String grants = "/api/province/surges/6211/grants";

		Api.Response notAsked = supervisor.post("/api/province/surges/6212/grants",
				Map.of("helper", "6201", "agents", 5));
		assertThat(notAsked.status()).isEqualTo(409);
		assertThat(notAsked.detail()).contains("陇南市");
		assertThat(supervisor.post(grants, Map.of("helper", "6211", "agents", 5)).status()).as("itself").isEqualTo(400);
		assertThat(supervisor.post(grants, Map.of("helper", "3301", "agents", 5)).detail()).contains("3301");
		assertThat(supervisor.post(grants, Map.of("agents", 5)).detail()).contains("helper");
		assertThat(supervisor.post(grants, Map.of("helper", "6201", "agents", 0)).status()).isEqualTo(400);
		assertThat(supervisor.post(grants, Map.of("helper", "6201", "agents", 5, "hours", 100)).detail())
			.contains("100");
		assertThat(supervisor.post("/api/province/surges/3301/grants", Map.of("helper", "6201", "agents", 5)).status())
			.isEqualTo(404);
		assertThat(Api.as(this.port, "analyst1").post(grants, Map.of("helper", "6201", "agents", 5)).status())
			.isEqualTo(403);

		Api.Response granted = supervisor.post(grants,
				Map.of("helper", "6201", "agents", 2, "hours", 4, "note", "兰州市支援 2 席"));
		assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
		assertThat(granted.text("state")).isEqualTo("QUEUED");
		assertThat(granted.text("helperName")).isEqualTo("兰州市");
		long id = granted.id();

		JsonNode helped = pull(feed, "6211", new NodeMessages.Pull(List.of()));
		assertThat(helped.at("/grants/0/id").asLong()).isEqualTo(id);
		assertThat(helped.at("/grants/0/helper").asString()).isEqualTo("6201");
		assertThat(helped.at("/grants/0/agents").asInt()).isEqualTo(2);
		assertThat(state(supervisor, id)).isEqualTo("DELIVERED");
		assertThat(pull(feed, "6201", new NodeMessages.Pull(List.of())).get("helping")).as("no accounts yet").isEmpty();

		NodeMessages.GrantAccounts made = new NodeMessages.GrantAccounts(id, "https://12345.dingxi.example",
				List.of(new NodeMessages.HelpAccount("zy" + id + "-01", "ABCDEFGH23"),
						new NodeMessages.HelpAccount("zy" + id + "-02", "KMNPQRST45")));
		JsonNode after = pull(feed, "6211",
				new NodeMessages.Pull(List.of(), List.of(), List.of(), List.of(made), List.of()));
		assertThat(after.get("grants")).as("not handed again once its accounts are made").isEmpty();
		assertThat(state(supervisor, id)).isEqualTo("ACCOUNTS");

		JsonNode helping = pull(feed, "6201", new NodeMessages.Pull(List.of()));
		assertThat(helping.at("/helping/0/grantId").asLong()).isEqualTo(id);
		assertThat(helping.at("/helping/0/cityName").asString()).isEqualTo("定西市");
		assertThat(helping.at("/helping/0/url").asString()).isEqualTo("https://12345.dingxi.example");
		assertThat(helping.at("/helping/0/accounts/1/code").asString()).isEqualTo("KMNPQRST45");
		assertThat(pull(feed, "6202", new NodeMessages.Pull(List.of())).get("helping")).as("another city's pull")
			.isEmpty();
		JsonNode received = pull(feed, "6201",
				new NodeMessages.Pull(List.of(), List.of(), List.of(), List.of(), List.of(id)));
		assertThat(received.get("helping")).isEmpty();
		assertThat(state(supervisor, id)).isEqualTo("HANDED");
		assertThat(this.jdbc.sql("select codes is null from surge_grant where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).as("the codes forgotten").isTrue();

		JsonNode list = supervisor.get("/api/province/surges/grants?helper=6201&state=HANDED").body();
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.at("/items/0/usernames").toString()).contains("zy" + id + "-02");
		assertThat(supervisor.get("/api/province/surges/grants?state=LATE").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/province/surges/grants?sort=helper&dir=asc").status()).isEqualTo(200);
		String csv = supervisor.download("/api/province/surges/grants/export?format=csv&city=6211").text();
		assertThat(csv).contains("定西市", "兰州市", "兰州市支援 2 席", "zy" + id + "-01").doesNotContain("KMNPQRST45");
	}

	private String state(Api supervisor, long id) {
		for (JsonNode g : supervisor.get("/api/province/surges/grants").body().get("items")) {
			if (g.get("id").asLong() == id) {
				return g.get("state").asString();
			}
		}
		throw new AssertionError("no grant " + id);
	}

	private JsonNode pull(CityFeed feed, String city, NodeMessages.Pull pull) throws Exception {
		return this.json.readTree(feed.post(city, "/api/node/commands", pull).body());
	}

}
