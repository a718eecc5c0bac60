package io.hotline.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.TestClock;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.hotline.supervision.SupervisionPlant.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 智能督查's monitors on planted orders, with the platform's clock moved: a case opens before
 * the deadline (DUE_SOON) and when it passes (OVERDUE), the unit is reminded after the
 * interval, the case escalates after its own deadline and closes when the unit replies; a
 * disabled monitor opens nothing; long-running, returned-many, reopened and flagged
 * orders open their cases. Each run looks at the test's own unit only.
 */
@HotlineTest
class SupervisionMonitorsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	OrderFlags flags;

	SupervisionPlant plant;

	@BeforeEach
	void plant() {
		this.plant = new SupervisionPlant(this.port, this.jdbc, this.clock);
	}

	@AfterEach
	void resetClockAndMonitors() {
		this.clock.reset();
		this.jdbc.sql("update supervision_monitor set enabled = true").update();
	}

	@Test
	void opensRemindsEscalatesAndClosesACaseAsTheClockMoves() {
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		Api otherHandler = this.plant.handler(this.plant.unit());
		JsonNode order = this.plant.atUnit(handler, unit);
		long id = order.get("id").asLong();
		Instant deadline = Instant.parse(order.get("deadline").asString());

		this.plant.run(unit);
		assertThat(this.plant.cases(id)).isEmpty();

		// two hours before the deadline (18:00 of a working day): due within 4 working
		// hours
		this.plant.moveTo(deadline.minus(Duration.ofHours(2)));
		this.plant.run(unit);
		assertThat(this.plant.kinds(id)).containsExactly("DUE_SOON");
		assertThat(unread(handler)).extracting((r) -> r.get("kind").asString() + " " + r.get("caseKind").asString())
			.containsExactly("OPENED DUE_SOON");

		// a minute after: overdue, and no longer due soon
		this.plant.moveTo(deadline.plus(Duration.ofMinutes(1)));
		JsonNode run = this.plant.run(unit);
		assertThat(run.get("opened").asInt()).isEqualTo(1);
		JsonNode overdue = this.plant.caseOf(id, "OVERDUE");
		assertThat(overdue.get("status").asString()).isEqualTo("OPEN");
		assertThat(overdue.get("unitId").asLong()).isEqualTo(unit);
		assertThat(this.plant.caseOf(id, "DUE_SOON").get("status").asString()).isEqualTo("CLOSED");
		assertThat(this.plant.caseOf(id, "DUE_SOON").get("closedBy").asString()).isEqualTo("system");
		// the order is marked 督办 by the platform
		JsonNode marked = this.plant.order(id);
		assertThat(marked.get("supervised").asBoolean()).isTrue();
		assertThat(events(marked, "SUPERVISED")).anyMatch(
				(e) -> e.get("actor").asString().equals("system") && e.get("note").asString().startsWith("智能督查·超期未办结"));

		// not reminded before the interval (4 hours), reminded after it
		this.clock.advance(Duration.ofHours(3));
		this.plant.run(unit);
		assertThat(this.plant.caseOf(id, "OVERDUE").get("reminders").asInt()).isZero();
		this.clock.advance(Duration.ofHours(1));
		this.plant.run(unit);
		JsonNode reminded = this.plant.caseOf(id, "OVERDUE");
		assertThat(reminded.get("status").asString()).isEqualTo("REMINDED");
		assertThat(reminded.get("reminders").asInt()).isEqualTo(1);
		assertThat(unread(handler)).anyMatch((r) -> r.get("kind").asString().equals("REMIND")
				&& r.get("message").asString().startsWith("第 1 次催办：工单 " + order.get("number").asString()));
		// another unit's handler sees neither the case nor its reminders
		assertThat(otherHandler.get("/api/supervision/cases?status=ALL")
			.body()
			.get("cases")
			.findValuesAsString("orderNumber")).doesNotContain(order.get("number").asString());
		assertThat(unread(otherHandler)).isEmpty();
		assertThat(handler.get("/api/supervision/cases").body().get("cases").findValuesAsString("orderNumber"))
			.contains(order.get("number").asString());

		// the case's deadline (2 working days) passes: escalated, the supervisors told
		this.plant.moveTo(Instant.parse(reminded.get("deadline").asString()).plus(Duration.ofMinutes(1)));
		this.plant.run(unit);
		JsonNode escalated = this.plant.caseOf(id, "OVERDUE");
		assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
		assertThat(ok(Api.as(this.port, "supervisor1").get("/api/supervision/reminders?unread=true")).body()
			.get("reminders"))
			.anyMatch((r) -> r.get("caseId").asLong() == escalated.get("id").asLong()
					&& r.get("audience").asString().equals("SUPERVISORS")
					&& r.get("kind").asString().equals("ESCALATED"));
		assertThat(ok(Api.as(this.port, "supervisor1").get("/api/supervision/cases?status=ESCALATED")).body()
			.get("cases")
			.findValuesAsString("orderNumber")).contains(order.get("number").asString());

		// the unit replies: the case closes by itself
		ok(handler.post("/api/orders/" + id + "/reply", Map.of("content", "路灯已修复", "resolved", true)));
		assertThat(this.plant.run(unit).get("closed").asInt()).isEqualTo(1);
		JsonNode closed = this.plant.caseOf(id, "OVERDUE");
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("closeNote").asString()).contains("单位已回复");
		assertThat(unread(handler)).isEmpty();

		// a handler marks a reminder read
		long reminder = ok(handler.get("/api/supervision/reminders")).body().get("reminders").get(0).get("id").asLong();
		assertThat(ok(handler.post("/api/supervision/reminders/" + reminder + "/read", Map.of())).body()
			.get("readBy")
			.asString()).isNotBlank();
		assertThat(otherHandler.post("/api/supervision/reminders/" + reminder + "/read", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void aDisabledMonitorOpensNothing() {
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		JsonNode order = this.plant.atUnit(handler, unit);
		long id = order.get("id").asLong();
		Api supervisor = Api.as(this.port, "supervisor1");
		ok(supervisor.put("/api/supervision/monitors/OVERDUE", Map.of("enabled", false)));
		ok(supervisor.put("/api/supervision/monitors/DUE_SOON", Map.of("enabled", false)));

		this.plant.moveTo(Instant.parse(order.get("deadline").asString()).plus(Duration.ofHours(1)));
		this.plant.run(unit);
		assertThat(this.plant.kinds(id)).doesNotContain("OVERDUE", "DUE_SOON");

		ok(supervisor.put("/api/supervision/monitors/OVERDUE", Map.of("enabled", true)));
		this.plant.run(unit);
		assertThat(this.plant.kinds(id)).contains("OVERDUE");
	}

	@Test
	void changesAMonitorOnlyWithinItsBoundsAndOnlyBySupervisors() {
		Api supervisor = Api.as(this.port, "supervisor1");
		Api.Response wrong = supervisor.put("/api/supervision/monitors/RETURNED_MANY", Map.of("threshold", 0));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.detail()).contains("threshold");
		assertThat(supervisor.put("/api/supervision/monitors/OVERDUE", Map.of("remindHours", 0)).detail())
			.contains("remindHours");
		assertThat(supervisor.put("/api/supervision/monitors/OVERDUE", Map.of("autoRedo", true)).status())
			.isEqualTo(400);
		assertThat(supervisor.put("/api/supervision/monitors/NOISE", Map.of("enabled", true)).status()).isEqualTo(400);
		assertThat(
				Api.as(this.port, "unit1").put("/api/supervision/monitors/OVERDUE", Map.of("enabled", false)).status())
			.isEqualTo(403);
		assertThat(supervisor.get("/api/supervision/cases?status=LOST").status()).isEqualTo(400);

		JsonNode changed = ok(supervisor.put("/api/supervision/monitors/LONG_RUNNING", Map.of("escalateAfter", 4)))
			.body();
		assertThat(changed.get("escalateAfter").asInt()).isEqualTo(4);
		assertThat(changed.get("updatedBy").asString()).isEqualTo("supervisor1");
		ok(supervisor.put("/api/supervision/monitors/LONG_RUNNING", Map.of("escalateAfter", 3)));
		assertThat(ok(supervisor.get("/api/supervision/monitors")).body().get("monitors")).hasSize(8);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'SUPERVISION_MONITOR'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void opensTheCasesOfLongRunningReturnedReopenedAndFlaggedOrders() {
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		// returned twice, then dispatched again
		long returned = this.plant.atUnit(handler, unit).get("id").asLong();
		ok(handler.post("/api/orders/" + returned + "/return", Map.of("reason", "不属于本单位")));
		this.plant.act("dispatcher1", returned, "dispatch", Map.of("unitIds", List.of(unit)));
		ok(handler.post("/api/orders/" + returned + "/return", Map.of("reason", "仍不属于本单位")));
		this.plant.act("dispatcher1", returned, "dispatch", Map.of("unitIds", List.of(unit)));
		// reopened as unresolved by a satisfied caller: stays with its unit for the
		// dispatcher
		long reopened = this.plant.atUnit(handler, unit).get("id").asLong();
		ok(handler.post("/api/orders/" + reopened + "/reply", Map.of("content", "已答复", "resolved", false)));
		this.plant.act("callback1", reopened, "callback", Map.of("satisfaction", "SATISFIED", "resolved", false));
		// a risk flag opens its case at once, without a run
		long flagged = this.plant.atUnit(handler, unit).get("id").asLong();
		long flag = this.flags.raise(new WorkOrderId(flagged), FlagKind.RISK, "test-risk", List.of("跳楼"), "命中风险词：跳楼",
				0.9, null, "system");
		assertThat(this.plant.kinds(flagged)).containsExactly("FLAGGED");

		this.plant.run(unit);
		assertThat(this.plant.kinds(returned)).contains("RETURNED_MANY");
		assertThat(this.plant.kinds(reopened)).containsExactly("REOPENED");
		assertThat(this.plant.order(reopened).get("status").asString()).isEqualTo("REOPENED");
		assertThat(this.plant.caseOf(reopened, "REOPENED").get("unitId").asLong()).isEqualTo(unit);

		// the flag judged: the condition ended
		ok(Api.as(this.port, "supervisor1").post("/api/flags/" + flag + "/judge", Map.of("verdict", "DISMISSED")));
		this.plant.run(unit);
		assertThat(this.plant.caseOf(flagged, "FLAGGED").get("status").asString()).isEqualTo("CLOSED");

		// 30 working days later, still open: long-running (and overdue)
		this.clock.advance(Duration.ofDays(50));
		this.plant.run(unit);
		assertThat(this.plant.kinds(returned)).contains("LONG_RUNNING", "OVERDUE", "RETURNED_MANY");
	}

	@Test
	void aNoticeForAnOrderTheUnitCannotActOnGoesToTheDispatchersSayingWhatToDo() {
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		// reopened by the callback: it waits for the dispatcher, though its unit is kept
		long reopened = this.plant.atUnit(handler, unit).get("id").asLong();
		ok(handler.post("/api/orders/" + reopened + "/reply", Map.of("content", "已答复", "resolved", false)));
		this.plant.act("callback1", reopened, "callback", Map.of("satisfaction", "SATISFIED", "resolved", false));
		// at the unit and overdue: the unit is told
		JsonNode late = this.plant.atUnit(handler, unit);
		long atUnit = late.get("id").asLong();
		this.plant.moveTo(Instant.parse(late.get("deadline").asString()).plus(Duration.ofMinutes(1)));

		this.plant.run(unit);
		assertThat(this.plant.kinds(reopened)).contains("REOPENED");
		assertThat(unread(handler)).extracting((r) -> r.get("orderId").asLong())
			.contains(atUnit)
			.doesNotContain(reopened);
		List<JsonNode> toDispatch = unread(Api.as(this.port, "dispatcher1")).stream()
			.filter((r) -> r.get("orderId").asLong() == reopened)
			.toList();
		assertThat(toDispatch).isNotEmpty()
			.allMatch((r) -> r.get("audience").asString().equals("DISPATCH")
					&& r.get("message").asString().contains("请调度员重新派单"));

		// reminded later: still the dispatchers, never the unit
		this.clock.advance(Duration.ofHours(5));
		this.plant.run(unit);
		assertThat(unread(handler)).extracting((r) -> r.get("orderId").asLong()).doesNotContain(reopened);
	}

	@Test
	void aSupervisorClosesACaseWithANoteAndItStaysClosedWhileTheConditionLasts() {
		long unit = this.plant.unit();
		Api handler = this.plant.handler(unit);
		JsonNode order = this.plant.atUnit(handler, unit);
		long id = order.get("id").asLong();
		this.plant.moveTo(Instant.parse(order.get("deadline").asString()).plus(Duration.ofHours(1)));
		this.plant.run(unit);
		long caseId = this.plant.caseOf(id, "OVERDUE").get("id").asLong();

		Api supervisor = Api.as(this.port, "supervisor1");
		assertThat(supervisor.post("/api/supervision/cases/" + caseId + "/close", Map.of()).detail()).contains("说明");
		assertThat(supervisor.post("/api/supervision/cases/" + caseId + "/close", Map.of("note", "长".repeat(5_001)))
			.detail()).contains("说明").contains("5000");
		assertThat(handler.post("/api/supervision/cases/" + caseId + "/close", Map.of("note", "已处理")).status())
			.isEqualTo(403);
		JsonNode closed = ok(supervisor.post("/api/supervision/cases/" + caseId + "/close", Map.of("note", "已电话督促")))
			.body();
		assertThat(closed.get("closedBy").asString()).isEqualTo("supervisor1");
		assertThat(supervisor.post("/api/supervision/cases/" + caseId + "/close", Map.of("note", "再次")).status())
			.isEqualTo(409);
		this.plant.run(unit);
		assertThat(this.plant.cases(id)).filteredOn((c) -> c.get("kind").asString().equals("OVERDUE")).hasSize(1);
	}

	private List<JsonNode> unread(Api user) {
		List<JsonNode> found = new ArrayList<>();
		ok(user.get("/api/supervision/reminders?unread=true")).body().get("reminders").forEach(found::add);
		return found;
	}

	private static List<JsonNode> events(JsonNode order, String type) {
		List<JsonNode> found = new ArrayList<>();
		order.get("events").forEach((e) -> {
			if (type.equals(e.get("type").asString())) {
				found.add(e);
			}
		});
		return found;
	}

}
