package io.hotline.workorder;

import java.time.Instant;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work-order module with the organisation it depends on, on its own embedded
 * PostgreSQL.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class WorkOrdersModuleTests {

	static final Actor AGENT = new Actor("agent1", Set.of(Role.AGENT), null);

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publishesAnEventForEachTimelineEntryWithTheEntrysId(Scenario scenario) {
		scenario.stimulate(() -> this.orders.register(registration("req-" + System.nanoTime())))
			.andWaitForEventOfType(OrderEvent.class)
			.toArriveAndVerify((event, order) -> {
				assertThat(event.orderId()).isEqualTo(order.id());
				assertThat(event.number()).isEqualTo(order.number());
				assertThat(event.type()).isEqualTo(EventType.REGISTERED);
				assertThat(event.registered()).isTrue();
				assertThat(event.status()).isEqualTo(Status.REGISTERED);
				assertThat(event.actor()).isEqualTo("agent1");
				assertThat(event.eventId()).isEqualTo(this.jdbc.queryForObject(
						"select id from work_order_event where order_id = ? and type = 'REGISTERED'", Long.class,
						order.id().value()));
			});
		WorkOrder order = this.orders.register(registration(null));
		scenario
			.stimulate(() -> this.orders.change(order.id(), 0, AGENT,
					(o) -> o.supervise("supervisor1", "请关注", this.orders.now())))
			.andWaitForEventOfType(OrderEvent.class)
			.matching((event) -> event.orderId().equals(order.id()) && event.type() == EventType.SUPERVISED)
			.toArriveAndVerify((event) -> assertThat(event.eventId()).isEqualTo(this.jdbc.queryForObject(
					"select max(id) from work_order_event where order_id = ?", Long.class, order.id().value())));
	}

	@Test
	void keepsTheTimelineOfAStoredOrder() {
		WorkOrder order = this.orders.register(registration(null));
		this.orders.change(order.id(), 0, AGENT, (o) -> o.supervise("supervisor1", "请关注", this.orders.now()));
		WorkOrder stored = this.orders.find(order.id(), AGENT);
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.supervised()).isTrue();
		assertThat(stored.timeline()).extracting(TimelineEvent::type)
			.containsExactly(EventType.REGISTERED, EventType.SUPERVISED);
	}

	@Test
	void hidesAnOrderFromAHandlerOfAnotherUnit() {
		WorkOrder order = this.orders.register(registration(null));
		Actor stranger = new Actor("unit9", Set.of(Role.HANDLER), new UnitId(999_999));
		assertThatThrownBy(() -> this.orders.find(order.id(), stranger)).isInstanceOfSatisfying(Problem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
	}

	@Test
	void refusesAChangeMadeOnAStaleVersion() {
		WorkOrder order = this.orders.register(registration(null));
		this.orders.change(order.id(), 0, AGENT, (o) -> o.supervise("supervisor1", "一", this.orders.now()));
		assertThatThrownBy(() -> this.orders.change(order.id(), 0, AGENT,
				(o) -> o.supervise("supervisor1", "二", this.orders.now())))
			.isInstanceOfSatisfying(Problem.class,
					(problem) -> assertThat(problem.kind()).isEqualTo(Problem.Kind.CONFLICT));
		assertThat(this.orders.find(order.id(), AGENT).timeline()).hasSize(2);
	}

	@Test
	void neverRewritesATimeline() {
		WorkOrder order = this.orders.register(registration(null));
		assertThatThrownBy(
				() -> this.jdbc.update("update work_order_event set note = 'x' where order_id = ?", order.id().value()))
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.update("delete from work_order_event where order_id = ?", order.id().value()))
			.hasMessageContaining("append-only");
	}

	private Registration registration(String requestId) {
		Instant now = this.orders.now();
		return new Registration(requestId, Channel.WEB, OrderType.HELP, Urgency.NORMAL, null, "路灯不亮", null,
				Location.UNKNOWN, null, new Caller("王五", "13900000000"), "agent1", now);
	}

}
