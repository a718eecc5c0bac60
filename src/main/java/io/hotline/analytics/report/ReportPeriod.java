package io.hotline.analytics.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import io.hotline.platform.IsoWeeks;
import io.hotline.platform.Problem;

/**
 * The period of a report: an ISO week ({@code 2026-W47}) or a month ({@code 2026-11}),
 * with the period of the same kind just before it, to compare with.
 */
record ReportPeriod(String kind, String name, LocalDate from, LocalDate to, LocalDate previousFrom,
		LocalDate previousTo) {

	static final String WEEKLY = "WEEKLY";

	static final String MONTHLY = "MONTHLY";

	/** The named period, or the last whole one before {@code today}. */
	static ReportPeriod of(String kind, String name, LocalDate today) {
		String k = (kind == null) ? "" : kind.strip().toUpperCase(Locale.ROOT);
		if (WEEKLY.equals(k)) {
			LocalDate monday = (name == null || name.isBlank())
					? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1) : week(name.strip());
			return new ReportPeriod(WEEKLY, weekName(monday), monday, monday.plusDays(6), monday.minusWeeks(1),
					monday.minusDays(1));
		}
		if (MONTHLY.equals(k)) {
			YearMonth month = (name == null || name.isBlank()) ? YearMonth.from(today).minusMonths(1)
					: month(name.strip());
			YearMonth before = month.minusMonths(1);
			return new ReportPeriod(MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth(), before.atDay(1),
					before.atEndOfMonth());
		}
		throw Problem.invalid("report.bad-kind", kind);
	}

	private static LocalDate week(String name) {
		try {
			return IsoWeeks.monday(name);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("report.bad-period", name);
		}
	}

	private static YearMonth month(String name) {
		try {
			return YearMonth.parse(name);
		}
		catch (RuntimeException ex) {
			throw Problem.invalid("report.bad-period", name);
		}
	}

	private static String weekName(LocalDate monday) {
		return IsoWeeks.name(monday);
	}

	/** 周报 / 月报 and the period as a Chinese reader writes it. */
	String title() {
		return (WEEKLY.equals(this.kind) ? "12345热线周报" : "12345热线月报") + " · " + this.name + "（"
				+ this.from.getMonthValue() + "月" + this.from.getDayOfMonth() + "日—" + this.to.getMonthValue() + "月"
				+ this.to.getDayOfMonth() + "日）";
	}

	String previousLabel() {
		return WEEKLY.equals(this.kind) ? "上周" : "上月";
	}

	String label() {
		return WEEKLY.equals(this.kind) ? "本周" : "本月";
	}

}
