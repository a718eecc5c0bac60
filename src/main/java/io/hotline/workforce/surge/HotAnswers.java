package io.hotline.workforce.surge;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.hotline.knowledge.KnowledgeAnswers;

import org.springframework.stereotype.Component;

/**
 * The surge's plan for the phone system and the portal: the measures in effect now (the
 * surge on and the measure set on), with the deflection topic's published knowledge
 * answers.
 */
@Component
class HotAnswers {

	/** The answers offered first: a voice menu holds few. */
	static final int MENU_SIZE = 5;

	/** The longest text read out in the voice menu. */
	static final int SPOKEN = 120;

	/** How long a topic's answers are kept before they are searched again. */
	static final Duration FRESH = Duration.ofSeconds(30);

	private volatile Found found;

	private final SurgeTrigger trigger;

	private final Measures measures;

	private final KnowledgeAnswers knowledge;

	HotAnswers(SurgeTrigger trigger, Measures measures, KnowledgeAnswers knowledge) {
		this.trigger = trigger;
		this.measures = measures;
		this.knowledge = knowledge;
	}

	PhonePlan plan() {
		SurgeStatus status = this.trigger.status();
		SurgeMeasures m = this.measures.current();
		List<String> active = status.active();
		return new PhonePlan(status.on(), status.since(),
				active.contains("callbackQueue") ? new PhonePlan.Callback(m.callbackQueue().promiseMinutes()) : null,
				active.contains("deflection") ? menu(m.deflection().topic()) : null,
				active.contains("cloudSeats") ? new PhonePlan.Cloud(m.cloudSeats().seats(),
						m.cloudSeats().afterMinutes(), m.cloudSeats().hours()) : null,
				active.contains("overflow") ? new PhonePlan.Overflow(partners(m.overflow().partners()),
						m.overflow().agents(), m.overflow().share()) : null);
	}

	/** The deflection's topic and answers while it is in effect. */
	Optional<PhonePlan.Menu> menu() {
		return Optional.ofNullable(plan().menu());
	}

	/**
	 * The topic's answers that citizens may read, searched again at most every
	 * {@link #FRESH} (every portal visit asks in a surge).
	 */
	private PhonePlan.Menu menu(String topic) {
		Found last = this.found;
		long now = System.nanoTime();
		if (last != null && last.menu().topic().equals(topic) && now - last.at() < FRESH.toNanos()) {
			return last.menu();
		}
		List<PhonePlan.HotAnswer> answers = this.knowledge.findPublic(topic, MENU_SIZE)
			.stream()
			.map((a) -> new PhonePlan.HotAnswer(a.id(), a.title(), spoken(a)))
			.toList();
		PhonePlan.Menu menu = new PhonePlan.Menu(topic, answers);
		this.found = new Found(menu, now);
		return menu;
	}

	private record Found(PhonePlan.Menu menu, long at) {

	}

	private static String spoken(KnowledgeAnswers.Answer answer) {
		String text = (answer.answer() == null ? "" : answer.answer()).replaceAll("\\s+", " ").strip();
		return (text.length() <= SPOKEN) ? text : text.substring(0, SPOKEN) + "…";
	}

	static List<String> partners(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("[,，、;；\\s]+")).filter((p) -> !p.isBlank()).toList();
	}

}
