package io.hotline.supervision.monitor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.supervision.ProvinceCases;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's cases through the monitors' own steps: opened with the PROVINCE
 * monitor's settings and the province's deadline, already marked (the city marks the
 * order with the province's note itself), reminded now on the province's 催办.
 */
@Service
class ProvinceCaseSteps implements ProvinceCases {

	private final Monitors monitors;

	private final CaseSteps steps;

	private final WorkingCalendar calendar;

	private final WorkOrders orders;

	private final JdbcClient jdbc;

	ProvinceCaseSteps(Monitors monitors, CaseSteps steps, WorkingCalendar calendar, WorkOrders orders,
			JdbcClient jdbc) {
		this.monitors = monitors;
		this.steps = steps;
		this.calendar = calendar;
		this.orders = orders;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public boolean open(WorkOrderId order, long episode, int days, String note) {
		Monitor m = this.monitors.of(MonitorKind.PROVINCE);
		Instant now = this.orders.now();
		Instant deadline = this.calendar.addWorkingDays(now, days);
		Condition condition = new Condition(Conditions.ACTIVE, List.of(), Long.toString(episode));
		this.steps.open(m, condition, Scope.order(order), now, deadline,
				"省级督办：" + note + "，请于 " + CaseSteps.MINUTE.format(deadline) + " 前办结");
		return this.jdbc.sql("""
				update supervision_case set marked_at = coalesce(marked_at, ?)
				where order_id = ? and kind = 'PROVINCE' and episode = ?""")
			.params(Conditions.at(now), order.value(), episode)
			.update() > 0;
	}

	@Override
	@Transactional
	public boolean remind(WorkOrderId order, long episode, String note) {
		Monitor m = this.monitors.of(MonitorKind.PROVINCE);
		return this.steps.remindNow(m, order, episode, "省级催办：" + note, this.orders.now()) > 0;
	}

	@Override
	public List<State> states(Collection<Long> episodes) {
		if (episodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select episode, status, deadline, reminders, escalated_at, closed_at, close_note from supervision_case
				where kind = 'PROVINCE' and episode = any(?) order by episode""")
			.param(episodes.toArray(Long[]::new))
			.query((rs, n) -> new State(rs.getLong("episode"), rs.getString("status"),
					SupervisionCases.instant(rs, "deadline"), rs.getInt("reminders"),
					SupervisionCases.instant(rs, "escalated_at"), SupervisionCases.instant(rs, "closed_at"),
					rs.getString("close_note")))
			.list();
	}

}
