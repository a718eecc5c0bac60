package io.hotline.analytics.report;

import java.time.LocalDate;

import io.hotline.analytics.kpi.KpiFilter;
import io.hotline.platform.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which orders a report made on demand counts: all of them, or those of a district (its
 * code) and / or of a unit and the units below it, exactly as the cockpit's filter of the
 * same name counts them. Issued reports are of all orders.
 */
record ReportScope(String district, Long unitId) {

	static final ReportScope ALL = new ReportScope(null, null);

	static ReportScope of(String district, String unitId) {
		String d = (district == null || district.isBlank()) ? null : district.strip();
		Long u = null;
		if (unitId != null && !unitId.isBlank()) {
			try {
				u = Long.valueOf(unitId.strip());
			}
			catch (NumberFormatException ex) {
				throw Problem.invalid("report.bad-unit", unitId);
			}
		}
		return new ReportScope(d, u);
	}

	boolean all() {
		return this.district == null && this.unitId == null;
	}

	KpiFilter filter(LocalDate from, LocalDate to) {
		return new KpiFilter(from, to, this.unitId, null, this.district, null, null, null);
	}

	/** The scope as the report's title names it (东城区 · 住房和城乡建设局), empty for all. */
	String name(JdbcClient jdbc) {
		StringBuilder name = new StringBuilder();
		if (this.district != null) {
			name.append(jdbc.sql("select name from division where code = ?")
				.param(this.district)
				.query(String.class)
				.optional()
				.orElseThrow(() -> Problem.invalid("report.bad-district", this.district)));
		}
		if (this.unitId != null) {
			String unit = jdbc.sql("select name from handling_unit where id = ?")
				.param(this.unitId)
				.query(String.class)
				.optional()
				.orElseThrow(() -> Problem.invalid("report.bad-unit", this.unitId));
			name.append(name.isEmpty() ? "" : " · ").append(unit);
		}
		return name.toString();
	}

}
