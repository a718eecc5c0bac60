package io.hotline.quality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.quality.*}: how long after its end a call waits for late transcripts
 * ({@code grace}, 60 s), how far back the job looks for what was not inspected
 * ({@code lookback}, 2 days), how many it inspects per run ({@code batch}), how often it
 * runs ({@code run-ms}, 30 s) and whether it runs at all ({@code schedule}).
 */
@ConfigurationProperties("hotline.quality")
public record InspectionSettings(Duration grace, Duration lookback, Integer batch, Long runMs, Boolean schedule) {

	public InspectionSettings {
		grace = (grace == null) ? Duration.ofSeconds(60) : grace;
		lookback = (lookback == null) ? Duration.ofDays(2) : lookback;
		batch = (batch == null) ? 500 : batch;
		runMs = (runMs == null) ? 30_000L : runMs;
		schedule = (schedule == null) || schedule;
	}

}
