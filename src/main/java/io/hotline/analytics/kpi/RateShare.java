package io.hotline.analytics.kpi;

import org.springframework.modulith.NamedInterface;

/**
 * A rate with its 95 % Wilson interval, as the KPI report gives it, for facts counted by
 * {@link RateColumns}.
 */
@NamedInterface("rates")
public record RateShare(long met, long measured, Double rate, Double low, Double high) {

	public static RateShare of(long met, long measured) {
		KpiReport.Rate rate = KpiReport.Rate.of(met, measured);
		return new RateShare(rate.met(), rate.measured(), rate.rate(), rate.low(), rate.high());
	}

}
