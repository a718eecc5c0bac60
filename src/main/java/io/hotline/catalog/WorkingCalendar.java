package io.hotline.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar of the hotline (Asia/Shanghai): Monday to Friday, except
 * public holidays, plus the weekend days worked to make up for them (调休). Deadlines are
 * computed on every order, so the special days are kept in memory and reloaded once a
 * change is committed.
 */
@Service
public class WorkingCalendar {

	/** The hotline's time zone: office hours and dates of deadlines are local to it. */
	public static final ZoneId ZONE = WorkingTime.ZONE;

	private static final RowMapper<SpecialDay> DAY = (rs, n) -> new SpecialDay(rs.getObject("day", LocalDate.class),
			DayKind.valueOf(rs.getString("kind")), rs.getString("name"));

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private volatile WorkingTime time;

	WorkingCalendar(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public boolean isWorkingDay(LocalDate date) {
		return time().isWorkingDay(date);
	}

	/**
	 * 18:00 of the N-th working day after the local date of {@code from}, which itself is
	 * not counted: the 办结 deadline of an order registered at {@code from}, or an existing
	 * deadline moved by an approved extension. Zero days gives {@code from} unchanged.
	 */
	public Instant addWorkingDays(Instant from, int days) {
		return time().addWorkingDays(from, days);
	}

	/**
	 * The moment when this many office hours (09:00–12:00, 13:00–18:00 of working days)
	 * have passed since {@code from}: the 签收 deadline of a dispatched order.
	 */
	public Instant addWorkingHours(Instant from, int hours) {
		return time().addWorkingHours(from, hours);
	}

	/**
	 * Office hours between the two moments divided by eight, negative when {@code to}
	 * comes first: how long handling took, in the unit the time limits use.
	 */
	public double workingDaysBetween(Instant from, Instant to) {
		return time().workingDaysBetween(from, to);
	}

	/** The holidays and make-up days of a year, in date order. */
	public List<SpecialDay> specialDays(int year) {
		return this.jdbc.sql("select * from calendar_day where extract(year from day) = ? order by day")
			.param(year)
			.query(DAY)
			.list();
	}

	/** Marks a date as a holiday or a make-up working day, replacing what it was. */
	@Transactional
	public SpecialDay mark(SpecialDay day, Actor actor) {
		requireAdmin(actor);
		if (day.date() == null || day.kind() == null || day.name() == null || day.name().isBlank()) {
			throw Problem.invalid("calendar.incomplete-day");
		}
		SpecialDay marked = new SpecialDay(day.date(), day.kind(), day.name().trim());
		this.jdbc.sql("""
				insert into calendar_day (day, kind, name) values (?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
			.params(marked.date(), marked.kind().name(), marked.name())
			.update();
		this.audit.record(actor.username(), "calendar.mark", marked.date().toString(), "OK",
				marked.kind() + " " + marked.name());
		reloadAfterCommit();
		return marked;
	}

	/** Gives a date back to the Monday-to-Friday rule. */
	@Transactional
	public void unmark(LocalDate date, Actor actor) {
		requireAdmin(actor);
		if (this.jdbc.sql("delete from calendar_day where day = ?").param(date).update() == 0) {
			throw Problem.notFound("calendar.not-special", date);
		}
		this.audit.record(actor.username(), "calendar.unmark", date.toString(), "OK", null);
		reloadAfterCommit();
	}

	private WorkingTime time() {
		WorkingTime current = this.time;
		if (current == null) {
			current = new WorkingTime(this.jdbc.sql("select * from calendar_day").query(DAY).list());
			this.time = current;
		}
		return current;
	}

	private void reloadAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				WorkingCalendar.this.time = null;
			}
		});
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("calendar.admin-only");
		}
	}

}
