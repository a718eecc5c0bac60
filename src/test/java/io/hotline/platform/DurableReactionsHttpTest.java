package io.hotline.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import io.hotline.support.Redelivery;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Channel;
import io.hotline.workorder.EventType;
import io.hotline.workorder.Location;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each reaction to an order's events, interrupted between the event's commit and its work
 * (as by a crash), is done once its publication is resubmitted (as at a restart, or by
 * the job every minute), and not again when the event is delivered once more (as when two
 * instances resubmit it): one fact, one flag, one mark, one case, one score, one set of
 * duplicate links. Automatic dispatch: {@code dispatch.AutoDispatchRestartHttpTest}.
 */
@HotlineTest
class DurableReactionsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Redelivery redelivery;

	@BeforeEach
	void redelivery() {
		this.redelivery = new Redelivery(this.context);
	}

	/**
	 * What intake pays: the registration's transaction stores one publication for each
	 * listener that takes a REGISTERED event (facts, duplicates, linkage; automatic
	 * dispatch only while a threshold is set), a mark one for each that takes any event.
	 */
	@Test
	void anOrdersTransactionStoresOnePublicationPerListenerThatTakesTheEvent() {
		WorkOrders orders = this.context.getBean(WorkOrders.class);
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		transaction.executeWithoutResult((status) -> {
			WorkOrder order = orders.register(new Registration(null, Channel.PHONE, OrderType.HELP, Urgency.NORMAL,
					null, "路灯不亮 " + UUID.randomUUID(), null, Location.UNKNOWN, null, new Caller("王五", "13900000000"),
					"agent1", orders.now(), null));
			assertThat(listeners(order)).containsExactlyInAnyOrder("order-facts", "duplicates", "linkage");
			orders.mark(order.id(), "system", "督办", Fact.of("note.linkage-risk", "自伤", "跳楼"));
			assertThat(listeners(order)).containsExactlyInAnyOrder("order-facts", "duplicates", "linkage",
					"order-facts", "duplicates");
			status.setRollbackOnly();
		});
	}

	private List<String> listeners(WorkOrder order) {
		return this.jdbc.sql("select listener_id from event_publication where serialized_event like ?")
			.param("%\"number\":\"" + order.number() + "\"%")
			.query(String.class)
			.list();
	}

	@Test
	void theFactOfAnOrderIsRefreshedAfterAnInterruptionOnce() {
		long order = register("小区门口的垃圾桶满了好几天没人清运，气味很大 " + UUID.randomUUID());
		this.redelivery.settle();
		this.redelivery.interruptNext("order-facts");
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(unitOf("unit1"))))
			.status()).isEqualTo(200);
		this.redelivery.settle();
		assertThat(this.redelivery.incomplete("order-facts")).as("the interrupted refresh is left to do").isPositive();

		this.redelivery.resubmit();
		assertThat(this.redelivery.incomplete("order-facts")).isZero();
		assertThat(facts(order)).containsExactly("DISPATCHED");
		this.redelivery.deliverAgain(this.redelivery.eventId(order, EventType.DISPATCHED));
		assertThat(facts(order)).containsExactly("DISPATCHED");
	}

	@Test
	void aRiskFoundByTheLinkageIsFlaggedAndMarkedOnceAfterAnInterruption() {
		this.redelivery.interruptNext("linkage");
		long order = register("我被拖欠工资半年了，实在活不下去了 " + UUID.randomUUID());
		this.redelivery.settle();
		assertThat(flags(order, "RISK")).as("not checked while interrupted").isZero();
		assertThat(this.redelivery.incomplete("linkage")).isPositive();
		assertThat(this.context.getBean(MeterRegistry.class)
			.get("hotline.reaction.failures")
			.tag("reaction", "linkage")
			.counter()
			.count()).as("the failure counted").isPositive();

		this.redelivery.resubmit();
		assertThat(this.redelivery.incomplete("linkage")).isZero();
		assertThat(flags(order, "RISK")).isEqualTo(1);
		assertThat(entries(order, "SUPERVISED")).isEqualTo(1);
		long registered = this.redelivery.eventId(order, EventType.REGISTERED);
		assertThat(this.redelivery.done("linkage", registered)).isTrue();

		this.redelivery.deliverAgain(registered);
		assertThat(flags(order, "RISK")).isEqualTo(1);
		assertThat(entries(order, "SUPERVISED")).as("marked once").isEqualTo(1);
	}

	@Test
	void theCaseOfARiskFlagIsOpenedOnceAfterAnInterruption() {
		this.redelivery.interruptNext("flagged-case");
		long order = register("他说再不解决就跳楼，活不下去了 " + UUID.randomUUID());
		this.redelivery.settle();
		assertThat(flags(order, "RISK")).isEqualTo(1);
		assertThat(cases(order)).as("no case while interrupted").isZero();
		assertThat(this.redelivery.incomplete("flagged-case")).isPositive();

		this.redelivery.resubmit();
		assertThat(this.redelivery.incomplete("flagged-case")).isZero();
		assertThat(cases(order)).isEqualTo(1);
		this.redelivery.resubmit();
		assertThat(cases(order)).isEqualTo(1);
	}

	@Test
	void aDuplicateIsLinkedAndFlaggedOnceAfterAnInterruption() {
		String matter = "白云区同和街蟹山路口的井盖缺失已经三天了，晚上很危险，差点有人掉下去，请尽快补上井盖";
		long first = register(matter);
		this.redelivery.settle();
		this.redelivery.interruptNext("duplicates");
		long second = register(matter + "。");
		this.redelivery.settle();
		assertThat(flags(second, "DUPLICATE")).as("not checked while interrupted").isZero();
		assertThat(this.redelivery.incomplete("duplicates")).isPositive();

		this.redelivery.resubmit();
		assertThat(this.redelivery.incomplete("duplicates")).isZero();
		assertThat(flags(second, "DUPLICATE")).isEqualTo(1);
		long links = links(second);
		assertThat(links).isPositive();
		assertThat(this.jdbc.sql("select count(*) from order_link where order_id = ? and related_order_id = ?")
			.params(second, first)
			.query(Long.class)
			.single()).isEqualTo(1);

		this.redelivery.deliverAgain(this.redelivery.eventId(second, EventType.REGISTERED));
		assertThat(flags(second, "DUPLICATE")).isEqualTo(1);
		assertThat(links(second)).isEqualTo(links);
	}

	@Test
	void aReplyIsScoredOnceAfterAnInterruption() {
		long order = register("天河路与体育西路路口的路灯已经坏了一个多月，晚上路口很黑 " + UUID.randomUUID());
		Api unit = Api.as(this.port, "unit1");
		assertThat(Api.as(this.port, "dispatcher1")
			.post("/api/orders/" + order + "/dispatch", Map.of("unitIds", List.of(unitOf("unit1"))))
			.status()).isEqualTo(200);
		assertThat(unit.post("/api/orders/" + order + "/sign", Map.of()).status()).isEqualTo(200);
		this.redelivery.interruptNext("reply-quality");
		assertThat(unit
			.post("/api/orders/" + order + "/reply",
					Map.of("content", "经现场核查，路灯因线路老化不亮，区路灯所已更换线路，现已恢复照明。", "resolved", true))
			.status()).as("the reply stands").isEqualTo(200);
		this.redelivery.settle();
		assertThat(scores(order)).as("not scored while interrupted").isZero();
		assertThat(this.redelivery.incomplete("reply-quality")).isPositive();

		this.redelivery.resubmit();
		assertThat(this.redelivery.incomplete("reply-quality")).isZero();
		assertThat(scores(order)).isEqualTo(1);
		this.redelivery.deliverAgain(this.redelivery.eventId(order, EventType.REPLIED));
		assertThat(scores(order)).isEqualTo(1);
	}

	/**
	 * The registry's table fills in a burst and is emptied as the reactions complete; a
	 * vacuum of the empty table must not leave it looking empty to the planner, or the
	 * next burst's completions are planned as sequential scans (issue 16: half of
	 * PostgreSQL's time during intake).
	 */
	@Test
	void aCompletionIsFoundByItsKeyAfterTheTableWasEmptiedAndVacuumed() {
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date, status)
				select gen_random_uuid(), 'test-burst', 'test', repeat('x', 300) || g, now(), now(), 'COMPLETED'
				from generate_series(1, 3000) g""").update();
		this.jdbc.sql("delete from event_publication where listener_id = 'test-burst'").update();
		this.jdbc.sql("vacuum event_publication").update();
		String plan = String.join("\n",
				this.jdbc.sql("""
						explain update event_publication set status = 'PROCESSING'
						where id = '00000000-0000-0000-0000-000000000000' and status != 'PROCESSING'""")
					.query(String.class)
					.list());
		assertThat(plan).contains("event_publication_pkey").doesNotContain("Seq Scan");
	}

	/**
	 * A listener that starts does not write its publication again (Modulith's processing
	 * mark, an UPDATE per listener and event that only its staleness monitor reads):
	 * stored, then deleted when done, and resubmitted by its age while incomplete.
	 */
	@Test
	void aPublicationIsNotWrittenAgainWhenItsListenerStarts() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
				values (?, 'test-start', 'test', '{}', now(), 'PUBLISHED')""").param(id).update();
		try {
			this.context.getBean(org.springframework.modulith.events.core.EventPublicationRepository.class)
				.markProcessing(id);
			assertThat(this.jdbc.sql("select status from event_publication where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("PUBLISHED");
		}
		finally {
			this.jdbc.sql("delete from event_publication where id = ?").param(id).update();
		}
	}

	private long register(String content) {
		Api.Response answer = Api.as(this.port, "agent1")
			.post("/api/orders", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content, "address",
					"白云区同和街蟹山路", "caller", Map.of("phone", "13800002222")));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		return answer.id();
	}

	private long unitOf(String user) {
		return Api.as(this.port, user).get("/api/me").body().path("unitId").asLong();
	}

	private List<String> facts(long order) {
		return this.jdbc.sql("select status from order_fact where order_id = ?")
			.param(order)
			.query(String.class)
			.list();
	}

	private long flags(long order, String kind) {
		return count("select count(*) from order_flag where order_id = ? and kind = ?", order, kind);
	}

	private long entries(long order, String type) {
		return count("select count(*) from work_order_event where order_id = ? and type = ?", order, type);
	}

	private long cases(long order) {
		return count("select count(*) from supervision_case where order_id = ? and kind = 'FLAGGED'", order);
	}

	private long links(long order) {
		return count("select count(*) from order_link where order_id = ?", order);
	}

	private long scores(long order) {
		return count("select count(*) from reply_score where order_id = ?", order);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
