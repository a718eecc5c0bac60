package io.hotline.province.city;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.hotline.province.NodeMessages;
import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 跨市转办 on a city of a province (广州, 4401, of 广东, whose province is not reachable here): a
 * dispatcher sends an order waiting for dispatch to another city of the province with the
 * reason; the order ends here (已转出), has no fact in this city's figures, and is queued
 * for the province with the caller in full in its transfer (masked in the order); wrong
 * targets, a missing reason, an order already gone and roles without the right are
 * refused, nothing changed; the progress says the province cannot be reached. And the
 * province's 督办 and 催办 as the city applies them: a supervision case that the city's
 * monitors remind and escalate, reported back when its state changes. And 多援一: the
 * accounts a grant makes here for another city's agents, activated with their one-time
 * codes and disabled at the grant's end; the help this city gives, with its codes.
 */
@HotlineTest
@DirtiesContext
@TestPropertySource(properties = { "hotline.node.province-url=http://127.0.0.1:9", "hotline.node.key=city-key",
		"hotline.node.send-ms=60000", "hotline.demo.history-orders=0", "hotline.dispatch.max-orders=200",
		"hotline.portal.tracks-per-minute=11" })
class CityTransfersHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderSnapshots snapshots;

	@Autowired
	ProvinceCommands commands;

	@Autowired
	HelpAccounts help;

	@Autowired
	io.hotline.province.transfer.TransferRegistration registration;

	@Autowired
	HelpLent lent;

	@Test
	void aDispatcherTransfersAnOrderToAnotherCityOfTheProvince() throws Exception {
		Api dispatcher = Api.as(this.port, "dispatcher1");
		JsonNode targets = dispatcher.get("/api/orders/transfer-targets").body();
		assertThat(targets.get(0).get("code").asString()).isEqualTo("44");
		assertThat(targets.get(0).get("province").asBoolean()).isTrue();
		assertThat(targets.toString()).contains("深圳市").doesNotContain("\"4401\"");

		long id = register("深圳市南山区科技园路灯不亮，来电人王建国");
		long kept = register("天河区路灯不亮");
		Api.Response itself = dispatcher.post("/api/orders/" + kept + "/transfer", Map.of("to", "4401", "reason", "x"));
		assertThat(itself.status()).isEqualTo(400);
		assertThat(itself.detail()).contains("本热线");
		Api.Response outside = dispatcher.post("/api/orders/" + kept + "/transfer",
				Map.of("to", "3301", "reason", "x"));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.detail()).contains("3301");
		Api.Response noReason = dispatcher.post("/api/orders/" + kept + "/transfer", Map.of("to", "4403"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.detail()).contains("原因");
		assertThat(Api.as(this.port, "unit1")
			.post("/api/orders/" + kept + "/transfer", Map.of("to", "4403", "reason", "x"))
			.status()).isEqualTo(403);
		assertThat(dispatcher.get("/api/orders/" + kept).body().get("status").asString())
			.as("nothing changed by a refused transfer")
			.isEqualTo("REGISTERED");

		Api.Response sent = dispatcher.post("/api/orders/" + id + "/transfer",
				Map.of("to", "4403", "reason", "事发地在深圳市南山区"));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.body().get("toName").asString()).isEqualTo("深圳市12345");
		JsonNode order = dispatcher.get("/api/orders/" + id).body();
		assertThat(order.get("status").asString()).isEqualTo("TRANSFERRED");
		assertThat(order.get("events").toString()).contains("TRANSFERRED_OUT").contains("转至深圳市12345：事发地在深圳市南山区");
		assertThat(dispatcher.post("/api/orders/" + id + "/transfer", Map.of("to", "4403", "reason", "again")).status())
			.as("an order gone is not sent again")
			.isEqualTo(409);

		NodeMessages.Order queued = this.snapshots.read(List.of(new OrderSnapshots.Queued(id, 0)), 0, null)
			.orders()
			.get(0);
		assertThat(queued.status()).isEqualTo("TRANSFERRED");
		assertThat(queued.callerPhone()).as("masked in the replica").isEqualTo("139****5678");
		assertThat(queued.transfer().to()).isEqualTo("4403");
		assertThat(queued.transfer().callerPhone()).as("in full for the receiver").isEqualTo("13912345678");
		assertThat(queued.transfer().content()).contains("王建国");
		assertThat(this.jdbc.sql("select count(*) from node_outbox where order_id = ?")
			.param(id)
			.query(Long.class)
			.single()).as("queued for the province").isEqualTo(1);

		long started = System.nanoTime();
		while (facts(id) > 0 || facts(kept) == 0) {
			assertThat(System.nanoTime() - started).as("the transferred order leaves this city's figures")
				.isLessThan(Duration.ofSeconds(30).toNanos());
			Thread.sleep(200);
		}

		Api.Response progress = dispatcher.get("/api/orders/" + id + "/transfer");
		assertThat(progress.status()).isEqualTo(503);
		assertThat(progress.detail()).contains("省级平台");
		assertThat(dispatcher.get("/api/orders/" + kept + "/transfer").status()).isEqualTo(404);
	}

	@Test
	void theProvincesSupervisionOpensACaseThatIsRemindedEscalatedAndReportedBack() {
		long id = register("天河区某小区噪音扰民，多次反映未解决");
		long unit = this.jdbc.sql("select unit_id from app_user where username = 'unit1'").query(Long.class).single();
		Api dispatcher = Api.as(this.port, "dispatcher1");
		assertThat(dispatcher.post("/api/orders/" + id + "/dispatch", Map.of("unitIds", List.of(unit))).status())
			.isEqualTo(200);
		java.time.Instant now = java.time.Instant.now();
		assertThat(
				this.commands.apply(new NodeMessages.Command(7001, id, "SUPERVISE", "群众多次来电", "sheng1", now, 2, null)))
			.isTrue();
		assertThat(
				this.commands.apply(new NodeMessages.Command(7001, id, "SUPERVISE", "群众多次来电", "sheng1", now, 2, null)))
			.as("applied once")
			.isFalse();
		Api supervisor = Api.as(this.port, "supervisor1");
		JsonNode kase = supervisor.get("/api/supervision/cases?status=ALL&kind=PROVINCE&orderId=" + id)
			.body()
			.at("/cases/0");
		assertThat(kase.get("status").asString()).isEqualTo("OPEN");
		assertThat(kase.get("unitId").asLong()).isEqualTo(unit);
		assertThat(Api.as(this.port, "unit1").get("/api/supervision/reminders").body().toString())
			.contains("省级督办：群众多次来电");
		assertThat(dispatcher.get("/api/orders/" + id).body().get("events").toString()).contains("群众多次来电");
		List<ProvinceCommands.Reported> first = this.commands.changedCases();
		assertThat(first).extracting((r) -> r.state().id()).containsExactly(7001L);
		assertThat(first.get(0).state().status()).isEqualTo("OPEN");
		assertThat(first.get(0).state().deadline()).isAfter(now.plus(Duration.ofDays(1)));

		for (long reminder = 7002; reminder <= 7004; reminder++) {
			assertThat(this.commands
				.apply(new NodeMessages.Command(reminder, id, "REMIND", "请加快办理", "sheng1", now, null, 7001L))).isTrue();
		}
		assertThat(outcome(7004)).isEqualTo("APPLIED");
		assertThat(Api.as(this.port, "unit1").get("/api/supervision/reminders").body().toString()).contains("第 3 次催办",
				"省级催办：请加快办理");
		assertThat(dispatcher.get("/api/orders/" + id).body().get("events").toString()).contains("省级催办");
		JsonNode run = supervisor.post("/api/supervision/run?unitId=" + unit, Map.of()).body();
		assertThat(run.get("escalated").asInt()).as(run.toString()).isGreaterThanOrEqualTo(1);
		assertThat(supervisor.get("/api/supervision/reminders").body().toString()).contains("督办升级", "省级督办");
		assertThat(this.commands.changedCases().get(0).state().status()).isEqualTo("ESCALATED");
		assertThat(this.commands.changedCases().get(0).state().reminders()).isEqualTo(3);

		long caseId = supervisor.get("/api/supervision/cases?status=ALL&kind=PROVINCE&orderId=" + id)
			.body()
			.at("/cases/0/id")
			.asLong();
		assertThat(supervisor.post("/api/supervision/cases/" + caseId + "/close", Map.of("note", "已协调解决")).status())
			.isEqualTo(200);
		assertThat(this.commands.changedCases().get(0).state().closeNote()).isEqualTo("已协调解决");
		assertThat(this.commands.apply(new NodeMessages.Command(7005, id, "REMIND", "再催", "sheng1", now, null, 7001L)))
			.isTrue();
		assertThat(outcome(7005)).as("a closed case is not reminded").isEqualTo("NOT_OPEN");
	}

	@Test
	void aGrantMakesHelperAccountsThatHelpersActivateWithTheirCodesUntilItEnds() {
		java.time.Instant until = java.time.Instant.now().plus(Duration.ofHours(4));
		NodeMessages.Grant grant = new NodeMessages.Grant(901, "4403", "深圳市", 2, until, "支援 4 小时", "sheng1");
		this.help.grant(grant);
		this.help.grant(grant);
		List<NodeMessages.GrantAccounts> made = this.help.unreported();
		assertThat(made).hasSize(1);
		assertThat(made.get(0).accounts()).extracting(NodeMessages.HelpAccount::username)
			.containsExactly("zy901-01", "zy901-02");
		String code = made.get(0).accounts().get(0).code();
		assertThat(code).hasSize(10);
		assertThat(Api.as(this.port, "supervisor1").get("/api/workforce/surge/help/accounts").body().toString())
			.contains("zy901-02", "深圳市");
		assertThat(Api.as(this.port, "agent1").get("/api/workforce/surge/help/accounts").status()).isEqualTo(403);

		Api anonymous = Api.anonymous(this.port);
		String activate = "/api/public/help-accounts/activate";
		Api.Response wrong = anonymous.post(activate,
				Map.of("username", "zy901-01", "code", "WRONGCODE1", "password", "Helper-2026x"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(anonymous.post(activate, Map.of("username", "nobody", "code", code, "password", "Helper-2026x"))
			.detail()).as("the same answer for a name that is not a helper's").isEqualTo(wrong.detail());
		assertThat(anonymous.post(activate, Map.of("username", "zy901-01", "code", code, "password", "short")).status())
			.isEqualTo(400);
		assertThat(anonymous
			.post(activate, Map.of("username", "zy901-01", "code", code.toLowerCase(), "password", "Helper-2026x"))
			.status()).isEqualTo(204);
		JsonNode me = Api.as(this.port, "zy901-01", "Helper-2026x").get("/api/me").body();
		assertThat(me.get("roles").toString()).contains("AGENT");
		assertThat(anonymous.post(activate, Map.of("username", "zy901-01", "code", code, "password", "Helper-2026y"))
			.status()).isEqualTo(409);
		this.help.reported(made);
		assertThat(this.help.unreported()).isEmpty();

		this.help.grant(new NodeMessages.Grant(902, "4403", "深圳市", 1, until, "", "sheng1"));
		String voided = this.help.unreported().get(0).accounts().get(0).code();
		for (int i = 0; i < 5; i++) {
			anonymous.post(activate,
					Map.of("username", "zy902-01", "code", "WRONGCODE" + i, "password", "Helper-2026x"));
		}
		assertThat(anonymous.post(activate, Map.of("username", "zy902-01", "code", voided, "password", "Helper-2026x"))
			.status()).as("five wrong codes void it").isEqualTo(400);
		Api.Response tooMany = anonymous.post(activate,
				Map.of("username", "zy902-01", "code", voided, "password", "Helper-2026x"));
		assertThat(tooMany.status()).as("the twelfth try of the minute from one address").isEqualTo(429);

		this.jdbc.sql("update help_account set until = now() - interval '1 second' where grant_id = 901").update();
		this.help.disableEnded();
		assertThat(Api.as(this.port, "zy901-01", "Helper-2026x").get("/api/me").status()).isEqualTo(401);
		assertThat(Api.as(this.port, "supervisor1").get("/api/workforce/surge/help/accounts").body().toString())
			.contains("disabledAt");

		NodeMessages.HelpGiven given = new NodeMessages.HelpGiven(904, "4403", "深圳市", "https://12345.sz.example", 1,
				until, "请派 1 人", List.of(new NodeMessages.HelpAccount("zy904-01", "CODE904ABC")));
		this.lent.received(List.of(given));
		this.lent.received(List.of(given));
		assertThat(this.lent.unacknowledged()).containsExactly(904L);
		this.lent.acknowledged(List.of(904L));
		assertThat(this.lent.unacknowledged()).isEmpty();
		JsonNode lentHere = Api.as(this.port, "supervisor1").get("/api/workforce/surge/help/lent").body();
		assertThat(lentHere).hasSize(1);
		assertThat(lentHere.at("/0/accounts/0/code").asString()).isEqualTo("CODE904ABC");
		assertThat(lentHere.at("/0/url").asString()).isEqualTo("https://12345.sz.example");
		assertThat(Api.as(this.port, "agent1").get("/api/workforce/surge/help/lent").status()).isEqualTo(403);
	}

	@Test
	void anOrderSentBackIsRegisteredAnewNamingThisHotlinesOwnOrder() {
		NodeMessages.TransferIn back = new NodeMessages.TransferIn(9301, "4403", "深圳市12345", 77, "SZ0077",
				"退回：事发地在广州市天河区", "dispatcher9", java.time.Instant.now(), "PHONE", "COMPLAINT", "NORMAL", "路灯不亮",
				"天河区路灯不亮", null, null, "王建国", "13912345678", List.of(), "GZ0042");
		NodeMessages.Registered registered = this.registration.register(back);
		assertThat(this.registration.register(back).orderId()).as("once").isEqualTo(registered.orderId());
		Api dispatcher = Api.as(this.port, "dispatcher1");
		JsonNode order = dispatcher.get("/api/orders/" + registered.orderId()).body();
		assertThat(order.get("status").asString()).isEqualTo("REGISTERED");
		assertThat(order.get("events").toString()).contains("由深圳市12345退回（其工单 SZ0077，本热线原工单 GZ0042）：退回：事发地在广州市天河区");
		JsonNode from = dispatcher.get("/api/orders/" + registered.orderId() + "/transferred-from").body();
		assertThat(from.get("returnOf").asString()).isEqualTo("GZ0042");
		assertThat(from.get("fromNode").asString()).isEqualTo("4403");
	}

	private String outcome(long command) {
		return this.jdbc.sql("select outcome from node_command_applied where command_id = ?")
			.param(command)
			.query(String.class)
			.single();
	}

	private long facts(long orderId) {
		return this.jdbc.sql("select count(*) from order_fact where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single();
	}

	private long register(String content) {
		Api.Response order = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "caller",
					Map.of("name", "王建国", "phone", "13912345678")));
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		return order.id();
	}

}
