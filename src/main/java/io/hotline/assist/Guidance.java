package io.hotline.assist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.cti.Call;
import io.hotline.cti.Calls;
import io.hotline.knowledge.KnowledgeAnswers;
import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.LinkageRules;
import io.hotline.linkage.RuleKind;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workorder.OrderSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 话术指引: from the caller's words so far, the knowledge articles that answer them, the
 * scripts for the moment of the call (greeting, confirming the need, the answer for the
 * kind of call, comforting an angry caller, the emergency hand-off, closing), the
 * emergency and risk words found with the utterance that said them, and the caller's
 * earlier orders as the agent may see them.
 */
@Service
class Guidance {

	static final int ARTICLES = 3;

	private static final Pattern ANGER = Pattern.compile("气死|太过分|忍无可忍|什么态度|骗子|投诉你|没人管|踢皮球|敷衍|受够了|凭什么");

	private static final Pattern ENDING = Pattern.compile("谢谢|没有了|没别的|就这些|再见|拜拜");

	private final FormProposals proposals;

	private final FormFiller filler;

	private final KnowledgeAnswers knowledge;

	private final LinkageRules linkage;

	private final Scripts scripts;

	private final Calls calls;

	private final Transcripts transcripts;

	Guidance(FormProposals proposals, FormFiller filler, KnowledgeAnswers knowledge, LinkageRules linkage,
			Scripts scripts, Calls calls, Transcripts transcripts) {
		this.transcripts = transcripts;
		this.proposals = proposals;
		this.filler = filler;
		this.knowledge = knowledge;
		this.linkage = linkage;
		this.scripts = scripts;
		this.calls = calls;
	}

	/**
	 * An emergency or risk word said, with the utterance that said it (its index and
	 * text).
	 */
	record Alert(int utterance, String text, RuleKind kind, String code, String name, String service,
			List<String> words, String advice) {

	}

	/** An article for the caller's words. */
	record ArticleHint(long id, String title, String excerpt, String highlight) {

	}

	/** The guidance for the call as it stands. */
	record Advice(String callId, FormField type, FormField category, List<Situation> situations, List<Script> scripts,
			List<ArticleHint> articles, List<Alert> alerts, String callerPhone, List<OrderSummary> history) {

	}

	@Transactional(readOnly = true)
	Advice advise(String callId, String callerNumber, List<UtteranceInput> utterances, Actor actor) {
		actor.requireAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
		String call = (callId == null || callId.isBlank()) ? null : callId.strip();
		List<Utterance> said = UtteranceInput.valid(utterances);
		String phone = (callerNumber == null || callerNumber.isBlank()) ? null : callerNumber.strip();
		if (phone != null && !phone.matches("[0-9+\\-() ]{3,32}")) {
			throw Problem.invalid("request.bad-value", "caller", phone);
		}
		if (call != null) {
			Call known = this.proposals.ownCall(call, actor);
			if (said.isEmpty()) {
				said = this.transcripts.of(known);
			}
			if (phone == null) {
				phone = known.caller();
			}
		}
		Conversation conversation = new Conversation(call, said);
		List<Alert> alerts = alerts(said);
		String callerText = conversation.text(Speaker.CALLER);
		ProposedForm form = callerText.isBlank() ? null : this.filler.read(conversation);
		Set<Situation> situations = situations(said, alerts);
		List<Script> scripts = scripts(situations, form, alerts);
		List<ArticleHint> articles = callerText.isBlank() ? List.of()
				: this.knowledge.find(recent(said), ARTICLES)
					.stream()
					.map((a) -> new ArticleHint(a.id(), a.title(), a.excerpt(), a.highlight()))
					.toList();
		return new Advice(call, (form == null) ? FormField.EMPTY : form.type(),
				(form == null) ? FormField.EMPTY : form.category(), List.copyOf(situations), scripts, articles, alerts,
				phone, history(phone, actor));
	}

	private List<Alert> alerts(List<Utterance> said) {
		List<Alert> alerts = new ArrayList<>();
		for (int i = 0; i < said.size(); i++) {
			if (said.get(i).speaker() != Speaker.CALLER || said.get(i).text().isBlank()) {
				continue;
			}
			for (LinkageHit hit : this.linkage.evaluate(said.get(i).text())) {
				alerts.add(new Alert(i, said.get(i).text(), hit.kind(), hit.code(), hit.name(), hit.service(),
						hit.words(), hit.advice()));
			}
		}
		return alerts;
	}

	/** The moments of the call the scripts are for, as the call stands. */
	static Set<Situation> situations(List<Utterance> said, List<Alert> alerts) {
		Set<Situation> situations = EnumSet.noneOf(Situation.class);
		boolean agentSpoke = said.stream().anyMatch((u) -> u.speaker() == Speaker.AGENT);
		List<Utterance> caller = said.stream().filter((u) -> u.speaker() == Speaker.CALLER).toList();
		if (!agentSpoke) {
			situations.add(Situation.GREETING);
		}
		if (alerts.stream().anyMatch((a) -> a.kind() == RuleKind.EMERGENCY)) {
			situations.add(Situation.EMERGENCY);
		}
		if (alerts.stream().anyMatch((a) -> a.kind() == RuleKind.RISK)
				|| caller.stream().anyMatch((u) -> ANGER.matcher(u.text()).find())) {
			situations.add(Situation.COMFORT);
		}
		if (!caller.isEmpty()) {
			situations.add(Situation.CONFIRM);
			situations.add(Situation.ANSWER);
		}
		if (!caller.isEmpty() && ENDING.matcher(caller.get(caller.size() - 1).text()).find()) {
			situations.add(Situation.CLOSING);
		}
		return situations;
	}

	private List<Script> scripts(Set<Situation> situations, ProposedForm form, List<Alert> alerts) {
		Set<String> services = new LinkedHashSet<>();
		alerts.stream().filter((a) -> a.service() != null).forEach((a) -> services.add(a.service()));
		String type = (form == null || !form.type().filled()) ? null : form.type().value();
		String category = (form == null || !form.category().filled()) ? null : form.category().value();
		List<Script> chosen = new ArrayList<>();
		for (Script script : this.scripts.enabled()) {
			if (!situations.contains(script.situation())) {
				continue;
			}
			if (script.orderType() != null && !script.orderType().equals(type)) {
				continue;
			}
			if (script.categoryCode() != null && (category == null || !category.startsWith(script.categoryCode()))) {
				continue;
			}
			if (script.service() != null && !services.contains(script.service())) {
				continue;
			}
			chosen.add(script);
		}
		// the emergency first: nothing else matters until it is handed on
		chosen.sort(
				(a, b) -> Boolean.compare(b.situation() == Situation.EMERGENCY, a.situation() == Situation.EMERGENCY));
		return chosen;
	}

	/** The caller's last three utterances: what the articles must answer now. */
	private static String recent(List<Utterance> said) {
		List<String> texts = said.stream().filter((u) -> u.speaker() == Speaker.CALLER).map(Utterance::text).toList();
		return String.join("\n", texts.subList(Math.max(0, texts.size() - 3), texts.size()));
	}

	private List<OrderSummary> history(String phone, Actor actor) {
		return (phone == null) ? List.of() : this.calls.earlierOrders(phone, actor);
	}

}
