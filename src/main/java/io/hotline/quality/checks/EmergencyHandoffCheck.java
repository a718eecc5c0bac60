package io.hotline.quality.checks;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.hotline.assist.FormFiller;
import io.hotline.assist.FormReading;
import io.hotline.assist.ScenarioChecks;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 紧急情况未及时转交 ({@code EMERGENCY_HANDOFF}): after the caller's emergency words (the linkage
 * rules' emergencies) the agent hands on (转接, 联系119, 已通知…) within {@code seconds} (30) of
 * the end of that utterance, or in their next two utterances where the call has no times
 * (assist's {@link ScenarioChecks#emergencyHandedOn}).
 */
@Component
class EmergencyHandoffCheck implements Check {

	static final int SECONDS = 30;

	private final Supplier<FormReading> reading;

	@Autowired
	EmergencyHandoffCheck(FormFiller filler) {
		this(filler::reading);
	}

	EmergencyHandoffCheck(Supplier<FormReading> reading) {
		this.reading = reading;
	}

	@Override
	public String kind() {
		return ScenarioChecks.EMERGENCY_HANDOFF;
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		Duration within = Duration.ofMillis(Math.round(rule.number("seconds", SECONDS) * 1000));
		return ScenarioResults.findings(subject, rule,
				ScenarioChecks.emergencyHandedOn(subject.conversation(), this.reading.get().alarms(), within));
	}

}
