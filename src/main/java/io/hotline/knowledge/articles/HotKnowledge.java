package io.hotline.knowledge.articles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.IsoWeeks;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 热点知识: each ISO week's most used articles and most asked questions. Every Monday morning
 * last week's list is fixed and pushed to the agents (their workstation shows the latest
 * one pushed); a week not pushed yet is computed when asked.
 */
@Component
class HotKnowledge {

	static final int SIZE = 10;

	private final UsageReports reports;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditTrail audit;

	HotKnowledge(UsageReports reports, JdbcClient jdbc, JsonMapper json, Clock clock, AuditTrail audit) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.audit = audit;
	}

	/** A week as {@code 2026-W47}; null or blank: the last whole week. */
	Week week(String week) {
		LocalDate monday = (week == null || week.isBlank()) ? lastWeek() : monday(week.strip());
		List<Week> pushed = this.jdbc.sql("select content from knowledge_hot_week where week = ?")
			.param(name(monday))
			.query((rs, n) -> this.json.readValue(rs.getString("content"), Week.class))
			.list();
		return pushed.isEmpty() ? compute(monday, null) : pushed.get(0);
	}

	/** Fixes last week's list and pushes it, once. */
	@Scheduled(cron = "${hotline.knowledge.hot-cron:0 0 8 * * MON}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "knowledge-hot-push", lockAtLeastFor = "PT1M")
	void push() {
		LocalDate monday = lastWeek();
		Week week = compute(monday, this.clock.instant());
		int stored = this.jdbc.sql("""
				insert into knowledge_hot_week (week, content, pushed_at) values (?, ?, ?)
				on conflict (week) do nothing""")
			.params(week.week(), this.json.writeValueAsString(week), Timestamp.from(week.pushedAt()))
			.update();
		if (stored == 1) {
			this.audit.record(Actor.system().username(), "KNOWLEDGE_HOT_PUSH", "week " + week.week(), "OK",
					week.articles().size() + " articles, " + week.questions().size() + " questions");
		}
	}

	private Week compute(LocalDate monday, Instant pushedAt) {
		LocalDate sunday = monday.plusDays(6);
		UsageReports.Hot hot = this.reports.hot(monday, sunday, SIZE);
		return new Week(name(monday), monday, sunday, hot.articles(), hot.questions(), pushedAt);
	}

	private LocalDate lastWeek() {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}

	private static LocalDate monday(String week) {
		try {
			return IsoWeeks.monday(week);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("knowledge.bad-week", week);
		}
	}

	static String name(LocalDate monday) {
		return IsoWeeks.name(monday);
	}

	record Week(String week, LocalDate from, LocalDate to, List<UsageReports.HotArticle> articles,
			List<UsageReports.HotQuestion> questions, Instant pushedAt) {

	}

}
