package io.hotline.analytics.kpi;

/**
 * A row of {@code GET /api/analytics/kpis} as the contract gives it: flat counts and
 * rates (a share from 0 to 1, null where nothing was measured). {@code onTimeRate} is the
 * closed orders closed on or before their deadline among the closed ones; the report's
 * other rates are those of {@link Kpi}.
 */
record ContractRow(String key, String name, long total, long closed, long onTime, Double onTimeRate,
		Double responseRate, Double resolutionRate, Double satisfactionRate, Double returnRate, Double redispatchRate,
		Double reopenRate, long overdueOpen, long backlog, Double avgHandlingWorkingDays) {

	static ContractRow of(KpiReport.Row row) {
		KpiReport.Rate closedOnTime = rate(row, Kpi.CLOSED_ON_TIME);
		return new ContractRow(row.key(), row.name(), row.orders(), closedOnTime.measured(), closedOnTime.met(),
				closedOnTime.rate(), rate(row, Kpi.RESPONSE).rate(), rate(row, Kpi.RESOLVED).rate(),
				rate(row, Kpi.SATISFIED).rate(), rate(row, Kpi.RETURNED).rate(), rate(row, Kpi.REDISPATCHED).rate(),
				rate(row, Kpi.REOPENED).rate(), row.overdue(), row.backlog(), row.handlingDays());
	}

	private static KpiReport.Rate rate(KpiReport.Row row, Kpi kpi) {
		KpiReport.Rate rate = row.rates().get(kpi.key());
		return (rate == null) ? KpiReport.Rate.of(0, 0) : rate;
	}

}
