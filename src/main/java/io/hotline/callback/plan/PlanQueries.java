package io.hotline.callback.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.ListParameters;
import io.hotline.workorder.CallerMask;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans as people read them: the list (filtered, sorted, paged, for the callback
 * staff, supervisors and administrators, phones masked as on orders), the surveyed share
 * of a period with its counts, and an order's plans with the robot's conversation.
 */
@Component
class PlanQueries {

	static final Map<String, String> SORTS = Map.of("dueAt", "p.due_at", "repliedAt", "p.replied_at", "status",
			"p.status", "channel", "p.channel", "orderNumber", "p.order_number", "id", "p.id");

	private final JdbcClient jdbc;

	private final PlanStore store;

	private final WorkOrders orders;

	PlanQueries(JdbcClient jdbc, PlanStore store, WorkOrders orders) {
		this.jdbc = jdbc;
		this.store = store;
		this.orders = orders;
	}

	record Page(long total, List<Plan> items) {

	}

	record Figures(long plans, long surveyed, double surveyedShare, long answered, long unreachable, long handedOver,
			long waiting, long noContact, long cancelled, Map<String, Long> byChannel) {

	}

	record OrderPlan(Plan plan, List<PlanStore.Step> steps, List<PlanStore.Message> messages) {

	}

	@Transactional(readOnly = true)
	Page page(PlanFilter filter, ListParameters page, Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN);
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		long total = this.jdbc.sql("select count(*) from callback_plan p where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.limit());
		paged.add(page.offset());
		List<Plan> items = this.jdbc
			.sql("select p.* from callback_plan p where " + where + " order by " + SORTS.get(page.sort()) + " "
					+ page.direction() + ", p.id " + page.direction() + " limit ? offset ?")
			.params(paged)
			.query(this.store::plan)
			.list();
		return new Page(total, items.stream().map((p) -> masked(p, actor)).toList());
	}

	@Transactional(readOnly = true)
	Figures figures(PlanFilter filter, Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN, Role.ANALYST);
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		Map<String, Long> byStatus = new LinkedHashMap<>();
		Map<String, Long> byChannel = new LinkedHashMap<>();
		long[] surveyed = { 0 };
		this.jdbc
			.sql("select p.status, p.channel, " + PlanFilter.SURVEYED
					+ " as surveyed, count(*) from callback_plan p where " + where + " group by 1, 2, 3")
			.params(params)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				long n = rs.getLong(4);
				byStatus.merge(rs.getString(1), n, Long::sum);
				byChannel.merge(rs.getString(2), n, Long::sum);
				if (rs.getBoolean(3)) {
					surveyed[0] += n;
				}
			});
		long plans = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long cancelled = byStatus.getOrDefault("CANCELLED", 0L);
		long counted = plans - cancelled;
		return new Figures(counted, surveyed[0], (counted == 0) ? 0 : (double) surveyed[0] / counted,
				byStatus.getOrDefault("ANSWERED", 0L), byStatus.getOrDefault("UNREACHABLE", 0L),
				byStatus.getOrDefault("HANDED_OVER", 0L),
				byStatus.getOrDefault("PLANNED", 0L) + byStatus.getOrDefault("SENT", 0L)
						+ byStatus.getOrDefault("CALLING", 0L),
				byStatus.getOrDefault("NO_CONTACT", 0L), cancelled, byChannel);
	}

	/** The order's plans with what was said and sent, for whoever may see the order. */
	@Transactional(readOnly = true)
	List<OrderPlan> ofOrder(long orderId, Actor actor) {
		this.orders.find(new WorkOrderId(orderId), actor);
		return this.store.ofOrder(orderId)
			.stream()
			.map((p) -> new OrderPlan(masked(p, actor), this.store.steps(p.id()),
					this.store.messages(p.id())
						.stream()
						.map((m) -> new PlanStore.Message(m.id(), m.planId(), m.channel(),
								CallerMask.phone(m.recipient(), actor), m.content(),
								actor.seesCallerIdentity() ? m.link() : null, m.sentAt()))
						.toList()))
			.toList();
	}

	Plan plan(long id, Actor actor) {
		actor.requireAny(Role.CALLBACK, Role.SUPERVISOR, Role.ADMIN, Role.PHONE_SYSTEM);
		return masked(this.store.find(id), actor);
	}

	private static Plan masked(Plan p, Actor actor) {
		if (actor.seesCallerIdentity() || actor.has(Role.PHONE_SYSTEM)) {
			return p;
		}
		return new Plan(p.id(), p.eventId(), p.orderId(), p.orderNumber(), p.kind(), p.orderType(), p.categoryCode(),
				p.unitId(), CallerMask.phone(p.callerPhone(), actor), p.reasons(), p.questions(), p.channel(),
				p.status(), p.dueAt(), p.limitAt(), p.tries(), p.scriptVersion(), p.node(), p.unclear(), p.answers(),
				p.sentAt(), p.reachedAt(), p.doneAt(), p.handoverReason(), p.plannedAt(), p.repliedAt());
	}

}
