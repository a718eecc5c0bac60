package io.hotline.quality.checks;

import java.util.List;
import java.util.function.Supplier;

import io.hotline.assist.CheckResult;
import io.hotline.assist.FormReading;
import io.hotline.assist.ProposedForm;
import io.hotline.assist.ScenarioChecks;
import io.hotline.assist.ScenarioChecks.OrderFields;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

/**
 * The order's fields against what was said, as assist's form filler reads the call
 * ({@link ScenarioChecks#orderAgreesWithConversation}): one rule kind per field, a
 * finding where the filler proposes, with at least {@code confidence} (0.6), a value the
 * order contradicts. The order's district, street and caller's name are those registered;
 * where no place was registered, the address recognizer reads its written address.
 */
abstract class OrderAsSaidCheck implements Check {

	static final double CONFIDENCE = 0.6;

	private final Supplier<FormReading> reading;

	private final String code;

	OrderAsSaidCheck(Supplier<FormReading> reading, String code) {
		this.reading = reading;
		this.code = code;
	}

	@Override
	public String kind() {
		return this.code + "_SAID";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		if (subject.order() == null) {
			return List.of();
		}
		double threshold = rule.number("confidence", CONFIDENCE);
		FormReading reading = this.reading.get();
		Read last = LAST.get();
		if (last == null || last.subject() != subject || last.reading() != reading || last.threshold() != threshold) {
			last = new Read(subject, reading, threshold, compared(subject, reading, threshold));
			LAST.set(last);
		}
		List<CheckResult> results = last.results().stream().filter((r) -> r.code().equals(this.code)).toList();
		return ScenarioResults.findings(subject, rule, results);
	}

	/**
	 * Every field of the order against the call, read once for the three kinds: the
	 * inspector runs a subject's checks one after another on one thread, and reading the
	 * call (summary, classifier, address) is the dear part.
	 */
	private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

	private record Read(Inspected subject, FormReading reading, double threshold, List<CheckResult> results) {

	}

	private static List<CheckResult> compared(Inspected subject, FormReading reading, double threshold) {
		Inspected.OrderFacts order = subject.order();
		// the place registered; an order registered without one, its address text read
		// again
		ProposedForm written = (order.districtCode() != null || order.address() == null || order.address().isBlank())
				? null : reading.read(new Conversation(null, List.of(Utterance.of(Speaker.CALLER, order.address()))));
		OrderFields fields = (written == null)
				? new OrderFields(order.categoryCode(), order.districtCode(), order.streetCode(), order.callerName(),
						order.callerPhone())
				: new OrderFields(order.categoryCode(), written.districtCode(), written.streetCode(),
						order.callerName(), order.callerPhone());
		return ScenarioChecks.orderAgreesWithConversation(subject.conversation(), reading, fields, threshold);
	}

}
