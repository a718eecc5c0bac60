package io.hotline.callback.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The robot's calls, driven through the script's graph by the answers the phone system
 * posts (a keypad digit or the recognised words): a matching answer sets what it sets and
 * leads to its node, whose words the robot says; an end node records the verdict or hands
 * the plan to a person. Words of complaint or dissatisfaction (the script's
 * {@code handoverWords}: 投诉, 不满意, 没解决, 要求 …) hand it over at once, and so does an answer
 * not understood twice in a row.
 */
@Component
class RobotCalls {

	static final String NOT_UNDERSTOOD = "抱歉，没有听清您的回答。";

	private final PlanStore store;

	private final RobotScripts scripts;

	private final PlanResults results;

	private final CallbackChannel channel;

	private final WorkOrders orders;

	RobotCalls(PlanStore store, RobotScripts scripts, PlanResults results, CallbackChannel channel, WorkOrders orders) {
		this.store = store;
		this.scripts = scripts;
		this.results = results;
		this.channel = channel;
		this.orders = orders;
	}

	/** Calls the citizen with the latest script (in the send job's transaction). */
	Plan start(Plan plan, Instant now) {
		RobotScripts.Version script = this.scripts.latest();
		ScriptGraph.Node node = skipPromise(plan, script.graph().byId(),
				script.graph().byId().get(script.graph().start()));
		String opening = say(plan, node);
		this.channel.call(plan.id(), plan.callerPhone(), opening);
		Plan calling = plan.sent(PlanStatus.CALLING, now, script.version(), node.id());
		this.store.update(calling);
		this.store.step(plan.id(), now, "ROBOT", node.id(), opening);
		return calling;
	}

	/** An answer of the citizen in the robot's call: a digit, or the words recognised. */
	@Transactional
	Plan answer(long planId, String digit, String text, Actor actor) {
		actor.requireAny(Role.PHONE_SYSTEM);
		String said = (digit == null || digit.isBlank()) ? InputText.limited(text, "text", InputText.NOTE)
				: digit.strip();
		if (said == null || said.isBlank()) {
			throw Problem.invalid("callback-plan.answer-required");
		}
		if (digit != null && !digit.isBlank() && !digit.strip().matches("[0-9*#]{1,4}")) {
			throw Problem.invalid("callback-plan.bad-digit", digit);
		}
		Plan plan = this.store.lock(planId);
		if (plan.status() != PlanStatus.CALLING) {
			throw Problem.conflict("callback-plan.not-calling", plan.id(), plan.status());
		}
		Instant now = this.orders.now();
		this.store.step(plan.id(), now, "CITIZEN", plan.node(), said);
		ScriptGraph graph = this.scripts.version(plan.scriptVersion()).graph();
		Map<String, ScriptGraph.Node> nodes = graph.byId();
		ScriptGraph.Node at = nodes.get(plan.node());
		if (digit == null || digit.isBlank()) {
			Optional<String> complaint = graph.handoverWords() == null ? Optional.empty()
					: graph.handoverWords().stream().filter(said::contains).findFirst();
			if (complaint.isPresent()) {
				return this.results.handOver(
						plan.answered(plan.node(), 0,
								Answers.with(plan.answers(), Map.of("complaint", complaint.get())), now),
						"市民表示“" + complaint.get() + "”", now);
			}
		}
		Optional<ScriptGraph.Answer> matched = match(at, digit, said);
		if (matched.isEmpty()) {
			if (plan.unclear() + 1 >= 2) {
				return this.results.handOver(plan, "两次未能识别回答", now);
			}
			Plan again = plan.answered(plan.node(), plan.unclear() + 1, plan.answers(), now);
			this.store.update(again);
			this.store.step(plan.id(), now, "ROBOT", at.id(), NOT_UNDERSTOOD + say(plan, at));
			return again;
		}
		ScriptGraph.Answer answer = matched.get();
		Map<String, Object> answers = Answers.with(plan.answers(), answer.set());
		ScriptGraph.Node next = skipPromise(plan, nodes, nodes.get(answer.next()));
		Plan moved = plan.answered(next.id(), 0, answers, now);
		this.store.step(plan.id(), now, "ROBOT", next.id(), say(plan, next));
		if (!next.ending()) {
			this.store.update(moved);
			return moved;
		}
		return ended(moved, next, now);
	}

	private Plan ended(Plan plan, ScriptGraph.Node end, Instant now) {
		Satisfaction satisfaction = Answers.satisfaction(plan.answers().get(Answers.SATISFACTION));
		Object resolved = plan.answers().get(Answers.RESOLVED);
		if (end.end().toPerson() || satisfaction == null || !(resolved instanceof Boolean)) {
			return this.results.handOver(plan, handoverReason(plan), now);
		}
		return this.results.verdict(plan, satisfaction, (Boolean) resolved, "智能回访（机器人）", now);
	}

	private static String handoverReason(Plan plan) {
		Map<String, Object> a = plan.answers();
		if (Satisfaction.DISSATISFIED.name().equals(a.get(Answers.SATISFACTION))) {
			return "市民不满意";
		}
		if (Boolean.FALSE.equals(a.get(Answers.PROMISE_KEPT))) {
			return "承诺未兑现";
		}
		if (Boolean.FALSE.equals(a.get(Answers.RESOLVED))) {
			return "问题未解决";
		}
		return "话术转人工";
	}

	/** The digit's answer, else the answer with the longest word the citizen said. */
	private static Optional<ScriptGraph.Answer> match(ScriptGraph.Node node, String digit, String said) {
		if (digit != null && !digit.isBlank()) {
			return node.answers().stream().filter((a) -> digit.strip().equals(a.digits())).findFirst();
		}
		ScriptGraph.Answer best = null;
		int longest = 0;
		for (ScriptGraph.Answer answer : node.answers()) {
			if (said.strip().equals(answer.digits())) {
				return Optional.of(answer);
			}
			if (answer.words() != null) {
				int length = answer.words()
					.stream()
					.filter((w) -> !w.isBlank() && said.contains(w))
					.max(Comparator.comparingInt(String::length))
					.map(String::length)
					.orElse(0);
				if (length > longest) {
					longest = length;
					best = answer;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The node, or where a promise question goes when the reply promised nothing. */
	private static ScriptGraph.Node skipPromise(Plan plan, Map<String, ScriptGraph.Node> nodes, ScriptGraph.Node node) {
		ScriptGraph.Node at = node;
		int hops = 0;
		while ("promise".equals(at.ask()) && plan.promise() == null && at.ifNoPromise() != null
				&& hops++ < nodes.size()) {
			at = nodes.get(at.ifNoPromise());
		}
		return at;
	}

	private String say(Plan plan, ScriptGraph.Node node) {
		String words = node.say();
		if (words.contains("{title}")) {
			String title = this.orders.find(new WorkOrderId(plan.orderId()), Actor.system()).registration().title();
			words = words.replace("{title}", (title == null) ? "" : title);
		}
		return words.replace("{promise}", (plan.promise() == null) ? "" : plan.promise());
	}

}
