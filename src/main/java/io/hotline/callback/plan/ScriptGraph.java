package io.hotline.callback.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.platform.Problem;

/**
 * A robot script (机器人话术): nodes that say something and take answers (keypad digits or
 * recognised words) leading to the next node, from {@code start} to the end nodes, which
 * finish the call (with {@code handover} the plan goes to a person). An answer may
 * {@code set} what the citizen said (satisfaction, resolved, promiseKept). A node that
 * {@code ask}s {@code promise} says the reply's promise, and goes to {@code ifNoPromise}
 * where the reply promised nothing. Words of {@code handoverWords} in any answer hand the
 * plan to a person at once.
 */
record ScriptGraph(String start, List<String> handoverWords, List<Node> nodes) {

	static final int MAX_NODES = 100;

	record Node(String id, String say, String ask, String ifNoPromise, List<Answer> answers, End end) {

		boolean ending() {
			return this.end != null;
		}

		List<String> targets() {
			List<String> to = new java.util.ArrayList<>();
			if (this.answers != null) {
				this.answers.forEach((a) -> to.add(a.next()));
			}
			if (this.ifNoPromise != null) {
				to.add(this.ifNoPromise);
			}
			return to;
		}

	}

	record Answer(String digits, List<String> words, String next, Map<String, Object> set) {

	}

	record End(Boolean handover) {

		boolean toPerson() {
			return Boolean.TRUE.equals(this.handover);
		}

	}

	Map<String, Node> byId() {
		Map<String, Node> map = new HashMap<>();
		this.nodes.forEach((n) -> map.put(n.id(), n));
		return map;
	}

	/**
	 * Refuses a graph that could not be run, naming the node: no or too many nodes, a
	 * node without an id or twice, a question without answers or an answer without digits
	 * and words, an unknown target, a node not reachable from the start, a node from
	 * which no end can be reached, a value an answer sets that is not known.
	 */
	ScriptGraph validated() {
		if (this.nodes == null || this.nodes.isEmpty() || this.nodes.size() > MAX_NODES) {
			throw Problem.invalid("robot-script.bad-size", MAX_NODES);
		}
		Map<String, Node> byId = new HashMap<>();
		for (Node node : this.nodes) {
			if (node == null || node.id() == null || node.id().isBlank() || node.id().length() > 64) {
				throw Problem.invalid("robot-script.node-id-required");
			}
			if (byId.put(node.id(), node) != null) {
				throw Problem.invalid("robot-script.duplicate-node", node.id());
			}
			if (node.say() == null || node.say().isBlank() || node.say().length() > 500) {
				throw Problem.invalid("robot-script.say-required", node.id());
			}
			check(node);
		}
		if (this.start == null || !byId.containsKey(this.start)) {
			throw Problem.invalid("robot-script.unknown-start", String.valueOf(this.start));
		}
		for (Node node : this.nodes) {
			for (String target : node.targets()) {
				if (target == null || !byId.containsKey(target)) {
					throw Problem.invalid("robot-script.unknown-target", node.id(), String.valueOf(target));
				}
			}
		}
		Set<String> reached = reachable(byId);
		for (Node node : this.nodes) {
			if (!reached.contains(node.id())) {
				throw Problem.invalid("robot-script.unreachable", node.id());
			}
		}
		Set<String> ending = ending(byId);
		for (Node node : this.nodes) {
			if (!ending.contains(node.id())) {
				throw Problem.invalid("robot-script.no-end", node.id());
			}
		}
		return this;
	}

	private static void check(Node node) {
		if (node.ending()) {
			if (node.answers() != null && !node.answers().isEmpty()) {
				throw Problem.invalid("robot-script.end-with-answers", node.id());
			}
			return;
		}
		if (node.answers() == null || node.answers().isEmpty()) {
			throw Problem.invalid("robot-script.no-answers", node.id());
		}
		if (node.ask() != null && !"promise".equals(node.ask())) {
			throw Problem.invalid("robot-script.bad-ask", node.id(), node.ask());
		}
		for (Answer answer : node.answers()) {
			if (answer == null || ((answer.digits() == null || answer.digits().isBlank())
					&& (answer.words() == null || answer.words().isEmpty()))) {
				throw Problem.invalid("robot-script.empty-answer", node.id());
			}
			if (answer.set() != null) {
				for (Map.Entry<String, Object> value : answer.set().entrySet()) {
					if (!Answers.known(value.getKey(), value.getValue())) {
						throw Problem.invalid("robot-script.bad-value", node.id(), value.getKey());
					}
				}
			}
		}
	}

	private Set<String> reachable(Map<String, Node> byId) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(this.start));
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (seen.add(id)) {
				todo.addAll(byId.get(id).targets());
			}
		}
		return seen;
	}

	/** The nodes from which an end node can be reached. */
	private Set<String> ending(Map<String, Node> byId) {
		Set<String> ending = new HashSet<>();
		byId.values().stream().filter(Node::ending).forEach((n) -> ending.add(n.id()));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Node node : byId.values()) {
				if (!ending.contains(node.id()) && node.targets().stream().anyMatch(ending::contains)) {
					ending.add(node.id());
					grew = true;
				}
			}
		}
		return ending;
	}

}
