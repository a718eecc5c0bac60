package io.hotline.supervision.monitor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.workorder.WorkOrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of a run on one monitor's cases, each one statement over all the orders or
 * cases it concerns: close the cases whose condition ended, open the new ones (with the
 * unit's notice), escalate the overdue ones (telling the supervisors), remind the units
 * whose reminder is due.
 */
@Component
class CaseSteps {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingCalendar.ZONE);

	private static final String REMINDER = """
			insert into supervision_reminder (case_id, unit_id, audience, kind, seq, message, created_at)
			select x.id, x.unit_id, %s, ?, x.reminders, %s, ? from x join work_order o on o.id = x.order_id
			where o.status not in ('REPLIED', 'CLOSED', 'TRANSFERRED')""";

	/** The order is in the case's unit's inbox: the unit can act on it. */
	private static final String UNIT_CAN_ACT = Conditions.AT_UNIT + " and o.main_unit_id = x.unit_id";

	/**
	 * A notice goes to the unit only where it can act on the order; one waiting for
	 * dispatch (registered, returned, reopened) goes to the dispatchers, saying so. An
	 * order replied or closed gets none.
	 */
	private static final String UNIT_OR_DISPATCH = "case when " + UNIT_CAN_ACT + " then 'UNIT' else 'DISPATCH' end";

	/** What a notice to the dispatchers adds: why it is theirs and what to do. */
	private static final String FOR_DISPATCH = " || case when " + UNIT_CAN_ACT
			+ " then '' else '（工单待派单，承办单位无法办理，请调度员重新派单）' end";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	CaseSteps(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The open cases follow their order to its present main unit. */
	int followUnits(Scope scope) {
		return update("""
				update supervision_case c set unit_id = o.main_unit_id from work_order o
				where o.id = c.order_id and c.status <> 'CLOSED' and o.main_unit_id is not null
				    and c.unit_id is distinct from o.main_unit_id and\s""" + scope.orders(), scope.params());
	}

	int close(Monitor m, Condition condition, Scope scope, Instant now) {
		List<Object> params = new ArrayList<>(List.of(Conditions.at(now), m.kind().name()));
		params.addAll(scope.params());
		params.addAll(condition.params());
		return update("""
				update supervision_case c set status = 'CLOSED', closed_at = ?, closed_by = 'system',
				    close_note = case when o.status in ('REPLIED', 'CLOSED') then '单位已回复或工单已办结，督办自动结束'
				        else '督办条件已解除，督办自动结束' end
				from work_order o where o.id = c.order_id and c.kind = ? and c.status <> 'CLOSED' and %s
				    and not coalesce((%s) and %s = c.episode, false)""".formatted(scope.cases(), condition.where(),
				condition.episode()), params);
	}

	int open(Monitor m, Condition condition, Scope scope, Instant now) {
		Instant deadline = this.calendar.addWorkingDays(now, m.caseDays());
		return open(m, condition, scope, now, deadline, m.kind().label() + "，请于 " + MINUTE.format(deadline) + " 前办结");
	}

	/**
	 * Opens the cases of the orders that meet the condition, with the deadline given and
	 * the notice to their units (after "督办通知：工单 …").
	 */
	int open(Monitor m, Condition condition, Scope scope, Instant now, Instant deadline, String notice) {
		List<Object> params = new ArrayList<>(List.of(m.kind().name(), Conditions.at(now), Conditions.at(deadline),
				Conditions.at(now.plusSeconds(m.remindHours() * 3600L))));
		params.addAll(condition.params());
		params.addAll(scope.params());
		params.addAll(List.of("OPENED", notice, Conditions.at(now)));
		return update(
				"""
						with x as (
						    insert into supervision_case (order_id, kind, episode, unit_id, status, opened_at, deadline,
						        next_remind_at)
						    select o.id, ?, %s, o.main_unit_id, 'OPEN', ?, ?, ? from work_order o where %s and %s
						    on conflict (order_id, kind, episode) do nothing
						    returning id, unit_id, order_id, reminders)
						""".formatted(condition.episode(), condition.where(), scope.orders())
						+ REMINDER.formatted(UNIT_OR_DISPATCH, "'督办通知：工单 ' || o.number || ' ' || ?" + FOR_DISPATCH),
				params);
	}

	int escalate(Monitor m, Scope scope, Instant now) {
		List<Object> params = new ArrayList<>(
				List.of(Conditions.at(now), m.kind().name(), Conditions.at(now), m.escalateAfter()));
		params.addAll(scope.params());
		params.addAll(List.of("ESCALATED", m.kind().label(), Conditions.at(now)));
		return update("""
				with x as (
				    update supervision_case c set status = 'ESCALATED', escalated_at = ?
				    where c.kind = ? and c.status in ('OPEN', 'REMINDED') and (c.deadline <= ? or c.reminders >= ?)
				        and %s
				    returning c.id, c.unit_id, c.order_id, c.reminders, c.deadline, c.escalated_at)
				""".formatted(scope.cases()) + REMINDER.formatted("'SUPERVISORS'", """
				'督办升级：工单 ' || o.number || ' ' || ? || '，' || case when x.deadline <= x.escalated_at
				    then '已过督办期限' else '催办 ' || x.reminders || ' 次仍未办结' end"""), params);
	}

	int remind(Monitor m, Scope scope, Instant now) {
		List<Object> params = new ArrayList<>(List.of(Conditions.at(now),
				Conditions.at(now.plusSeconds(m.remindHours() * 3600L)), m.kind().name(), Conditions.at(now)));
		params.addAll(scope.params());
		params.addAll(List.of("REMIND", m.kind().label(), Conditions.at(now)));
		return update("""
				with x as (
				    update supervision_case c set status = 'REMINDED', reminders = c.reminders + 1,
				        last_reminded_at = ?, next_remind_at = ?
				    where c.kind = ? and c.status in ('OPEN', 'REMINDED') and c.next_remind_at <= ? and %s
				    returning c.id, c.unit_id, c.order_id, c.reminders, c.deadline)
				""".formatted(scope.cases()) + REMINDER.formatted(UNIT_OR_DISPATCH, """
				'第 ' || x.reminders || ' 次催办：工单 ' || o.number || ' ' || ? || '，督办期限 '
				    || to_char(x.deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')""" + FOR_DISPATCH),
				params);
	}

	/**
	 * One reminder now, outside the interval, of the case of an order and episode that is
	 * not closed, while its order waits for someone: counted as the others (an escalated
	 * case stays escalated); the message follows "第 N 次催办：工单 …".
	 */
	int remindNow(Monitor m, WorkOrderId order, long episode, String message, Instant now) {
		List<Object> params = new ArrayList<>(List.of(Conditions.at(now),
				Conditions.at(now.plusSeconds(m.remindHours() * 3600L)), m.kind().name(), order.value(), episode));
		params.addAll(List.of("REMIND", message, Conditions.at(now)));
		return update("""
				with x as (
				    update supervision_case c set reminders = c.reminders + 1, last_reminded_at = ?, next_remind_at = ?,
				        status = case when c.status = 'ESCALATED' then c.status else 'REMINDED' end
				    from work_order o where o.id = c.order_id and %s
				        and c.kind = ? and c.order_id = ? and c.episode = ? and c.status <> 'CLOSED'
				    returning c.id, c.unit_id, c.order_id, c.reminders, c.deadline)
				""".formatted(Conditions.ACTIVE) + REMINDER.formatted(UNIT_OR_DISPATCH, """
				'第 ' || x.reminders || ' 次催办：工单 ' || o.number || ' ' || ? || '，督办期限 '
				    || to_char(x.deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')""" + FOR_DISPATCH),
				params);
	}

	private int update(String sql, List<Object> params) {
		return this.jdbc.sql(sql).params(params).update();
	}

}
