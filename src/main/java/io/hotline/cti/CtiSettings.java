package io.hotline.cti;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The targets of the figures (docs/cti.md): the service-level target in seconds
 * ({@code HOTLINE_CTI_SERVICE_LEVEL_SECONDS}, 15), the abandons too short to count
 * ({@code HOTLINE_CTI_SHORT_ABANDON_SECONDS}, 5) and the answer rate below which the
 * wallboard alerts ({@code HOTLINE_CTI_ANSWER_RATE_TARGET}, 0.8).
 */
@Component
class CtiSettings {

	final int serviceLevelSeconds;

	final int shortAbandonSeconds;

	final double answerRateTarget;

	CtiSettings(@Value("${hotline.cti.service-level-seconds:15}") int serviceLevelSeconds,
			@Value("${hotline.cti.short-abandon-seconds:5}") int shortAbandonSeconds,
			@Value("${hotline.cti.answer-rate-target:0.8}") double answerRateTarget) {
		this.serviceLevelSeconds = serviceLevelSeconds;
		this.shortAbandonSeconds = shortAbandonSeconds;
		this.answerRateTarget = answerRateTarget;
	}

}
