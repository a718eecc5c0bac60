package io.hotline.assist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.RuleKind;

/**
 * The scenario checks of quality inspection, pure functions over a conversation and what
 * each needs: {@link #answerAgreesWithKnowledge} (ANSWER_KNOWLEDGE),
 * {@link #orderAgreesWithConversation} (ORDER_CATEGORY, ORDER_ADDRESS, ORDER_CALLER) and
 * {@link #emergencyHandedOn} (EMERGENCY_HANDOFF). A check that does not apply (no
 * question, no emergency, no article) passes, saying why.
 */
public final class ScenarioChecks {

	public static final String ANSWER_KNOWLEDGE = "ANSWER_KNOWLEDGE";

	public static final String ORDER_CATEGORY = "ORDER_CATEGORY";

	public static final String ORDER_ADDRESS = "ORDER_ADDRESS";

	public static final String ORDER_CALLER = "ORDER_CALLER";

	public static final String EMERGENCY_HANDOFF = "EMERGENCY_HANDOFF";

	/**
	 * The share of the agent's key terms found in the article below which they share
	 * nothing.
	 */
	static final double SHARED_TERMS = 0.1;

	/**
	 * Without times, the hand-off must come in this many of the agent's next utterances.
	 */
	static final int UNTIMED_TURNS = 2;

	private static final Pattern QUESTION = Pattern.compile("吗|么|多少|哪|什么|几|？|\\?|请问|咨询|想问|问一下|能不能|可不可以|如何");

	private static final Pattern HANDOFF = Pattern.compile(
			"转接|转到|转给|帮您转|给您转|马上转|三方|联系(了)?(110|119|120|消防|急救|公安|派出所)|拨打(110|119|120)|打(110|119|120)|已(经)?(通知|报警)|报警|派(人|车)|(110|119|120)");

	private ScenarioChecks() {
	}

	/** The article that answers a question: its id, title and answer. */
	public record KnownAnswer(long id, String title, String answer) {

	}

	/** What the order says of the caller's matter (each may be null). */
	public record OrderFields(String categoryCode, String districtCode, String streetCode, String callerName,
			String callerPhone) {

	}

	/**
	 * ANSWER_KNOWLEDGE: the agent's answer to the caller's first question agrees with the
	 * knowledge base's article for that question — failed when a fact the agent states
	 * (an amount, a duration, a date, a phone number…) has the unit of a fact of the
	 * article but none of its values, or when the agent's answer shares no fact and
	 * almost no key term with the article.
	 * @param articles the article found for a question, if any
	 */
	public static CheckResult answerAgreesWithKnowledge(Conversation conversation,
			Function<String, Optional<KnownAnswer>> articles) {
		List<Utterance> utterances = conversation.utterances();
		int question = -1;
		for (int i = 0; i < utterances.size() && question < 0; i++) {
			if (utterances.get(i).speaker() == Speaker.CALLER && QUESTION.matcher(utterances.get(i).text()).find()) {
				question = i;
			}
		}
		if (question < 0) {
			return CheckResult.passed(ANSWER_KNOWLEDGE, null, null, "assist.check.no-question");
		}
		StringBuilder asked = new StringBuilder(utterances.get(question).text());
		int next = question + 1;
		while (next < utterances.size() && utterances.get(next).speaker() == Speaker.CALLER) {
			asked.append('\n').append(utterances.get(next++).text());
		}
		Optional<KnownAnswer> article = articles.apply(asked.toString());
		if (article.isEmpty()) {
			return CheckResult.passed(ANSWER_KNOWLEDGE, question, utterances.get(question).text(),
					"assist.check.no-article");
		}
		KnownAnswer known = article.get();
		List<Facts.Fact> knownFacts = Facts.of(known.answer());
		Set<String> values = new HashSet<>();
		Set<String> units = new HashSet<>();
		for (Facts.Fact fact : knownFacts) {
			values.add(fact.unit() + ":" + fact.value());
			units.add(fact.unit());
		}
		Set<String> articleTerms = Facts.terms(known.title() + "\n" + known.answer());
		int answered = -1;
		int sharedFacts = 0;
		int agentTerms = 0;
		int sharedTerms = 0;
		for (int i = next; i < utterances.size(); i++) {
			Utterance u = utterances.get(i);
			if (u.speaker() != Speaker.AGENT) {
				continue;
			}
			for (Facts.Fact fact : Facts.of(u.text())) {
				if (values.contains(fact.unit() + ":" + fact.value())) {
					sharedFacts++;
				}
				else if (units.contains(fact.unit())) {
					String stated = knownFacts.stream()
						.filter((f) -> f.unit().equals(fact.unit()))
						.map(Facts.Fact::said)
						.distinct()
						.reduce((a, b) -> a + "、" + b)
						.orElse("");
					return CheckResult.failed(ANSWER_KNOWLEDGE, i, fact.said(), "assist.check.answer-contradicts",
							fact.said(), known.title(), stated);
				}
			}
			for (String term : Facts.terms(u.text())) {
				agentTerms++;
				if (articleTerms.contains(term)) {
					sharedTerms++;
				}
			}
			if (answered < 0) {
				answered = i;
			}
		}
		if (answered < 0) {
			return CheckResult.failed(ANSWER_KNOWLEDGE, question, utterances.get(question).text(),
					"assist.check.no-answer", known.title());
		}
		if (sharedFacts == 0 && (agentTerms == 0 || (double) sharedTerms / agentTerms < SHARED_TERMS)) {
			return CheckResult.failed(ANSWER_KNOWLEDGE, answered, utterances.get(answered).text(),
					"assist.check.answer-unrelated", known.title());
		}
		return CheckResult.passed(ANSWER_KNOWLEDGE, answered, utterances.get(answered).text(),
				"assist.check.answer-agrees", known.title());
	}

	/**
	 * ORDER_CATEGORY, ORDER_ADDRESS, ORDER_CALLER: the order's fields agree with what was
	 * said, as the form filler reads it; a field the filler proposes with at least
	 * {@code threshold} confidence that the order contradicts is a finding (a category
	 * above or below the proposed one agrees; a name agrees when it starts with the
	 * surname said).
	 */
	public static List<CheckResult> orderAgreesWithConversation(Conversation conversation, FormReading reading,
			OrderFields order, double threshold) {
		ProposedForm form = reading.read(conversation);
		List<CheckResult> results = new ArrayList<>();
		FormField category = form.category();
		if (category.filled() && category.confidence() >= threshold && order.categoryCode() != null
				&& !related(order.categoryCode(), category.value())) {
			results.add(CheckResult.failed(ORDER_CATEGORY, category.utterance(), category.evidence(),
					"assist.check.category-differs", order.categoryCode(), category.label(), percent(category)));
		}
		else {
			results.add(CheckResult.passed(ORDER_CATEGORY, category.utterance(), category.evidence(),
					"assist.check.field-agrees", "category"));
		}
		FormField address = form.address();
		boolean district = form.districtCode() != null && order.districtCode() != null
				&& !form.districtCode().equals(order.districtCode());
		boolean street = form.streetCode() != null && order.streetCode() != null
				&& !form.streetCode().equals(order.streetCode());
		if (address.filled() && address.confidence() >= threshold && (district || street)) {
			results.add(CheckResult.failed(ORDER_ADDRESS, address.utterance(), address.evidence(),
					"assist.check.address-differs", address.label(), percent(address)));
		}
		else {
			results.add(CheckResult.passed(ORDER_ADDRESS, address.utterance(), address.evidence(),
					"assist.check.field-agrees", "address"));
		}
		FormField phone = form.callerPhone();
		FormField name = form.callerName();
		if (phone.filled() && phone.confidence() >= threshold && order.callerPhone() != null
				&& !digits(order.callerPhone()).endsWith(phone.value())) {
			results.add(CheckResult.failed(ORDER_CALLER, phone.utterance(), phone.evidence(),
					"assist.check.phone-differs", phone.value()));
		}
		else if (name.filled() && name.confidence() >= threshold && order.callerName() != null
				&& !order.callerName().strip().startsWith(name.value().substring(0, 1))) {
			results.add(CheckResult.failed(ORDER_CALLER, name.utterance(), name.evidence(), "assist.check.name-differs",
					name.value()));
		}
		else {
			results.add(CheckResult.passed(ORDER_CALLER, phone.filled() ? phone.utterance() : name.utterance(),
					phone.filled() ? phone.evidence() : name.evidence(), "assist.check.field-agrees", "caller"));
		}
		return results;
	}

	/**
	 * EMERGENCY_HANDOFF: emergency words said by the caller are followed by the agent's
	 * hand-off (转接, 联系119, 已通知…) starting within {@code within} of the end of the
	 * caller's utterance; without times, in the agent's next {@link #UNTIMED_TURNS}
	 * utterances.
	 * @param alarms the linkage rules
	 */
	public static CheckResult emergencyHandedOn(Conversation conversation, Function<String, List<LinkageHit>> alarms,
			Duration within) {
		List<Utterance> utterances = conversation.utterances();
		for (int i = 0; i < utterances.size(); i++) {
			Utterance said = utterances.get(i);
			if (said.speaker() != Speaker.CALLER || said.text().isBlank()) {
				continue;
			}
			Optional<LinkageHit> emergency = alarms.apply(said.text())
				.stream()
				.filter((hit) -> hit.kind() == RuleKind.EMERGENCY)
				.findFirst();
			if (emergency.isEmpty()) {
				continue;
			}
			String words = String.join("、", emergency.get().words());
			int agentTurns = 0;
			for (int j = i + 1; j < utterances.size(); j++) {
				Utterance reply = utterances.get(j);
				if (reply.speaker() != Speaker.AGENT) {
					continue;
				}
				agentTurns++;
				boolean late = (said.timed() && reply.timed()) ? reply.start().minus(said.end()).compareTo(within) > 0
						: agentTurns > UNTIMED_TURNS;
				if (late) {
					break;
				}
				if (HANDOFF.matcher(reply.text()).find()) {
					return CheckResult.passed(EMERGENCY_HANDOFF, j, reply.text(), "assist.check.handed-on", words);
				}
			}
			return CheckResult.failed(EMERGENCY_HANDOFF, i, words, "assist.check.not-handed-on", words,
					emergency.get().service(), said.timed() ? within.toSeconds() : UNTIMED_TURNS);
		}
		return CheckResult.passed(EMERGENCY_HANDOFF, null, null, "assist.check.no-emergency");
	}

	private static boolean related(String a, String b) {
		return a.equals(b) || a.startsWith(b) || b.startsWith(a);
	}

	private static long percent(FormField field) {
		return Math.round(field.confidence() * 100);
	}

	private static String digits(String phone) {
		return phone.replaceAll("\\D", "");
	}

}
