package io.hotline.conversation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dialogue as the shared dialogue data writes it, one JSON object a line: {@code id},
 * {@code turns: [{speaker: "agent"|"caller", text}]}, and where the line has them, its
 * labels: the annotators' mean quality ({@code quality_mean}: A, S, E), the topics and
 * the caller's summary. Labels that are absent are {@code null} or empty.
 *
 * @param conversation the turns
 * @param quality the mean annotated quality, or {@code null}
 * @param topics the topics in order of first appearance (empty where not labelled)
 * @param callerSummary the caller's request as annotated, or {@code null}
 * @param topicSummaries per topic, the caller's and the agent's summaries (CSDS), or
 * empty
 */
public record Dialogue(Conversation conversation, DialogueQuality quality, List<String> topics, String callerSummary,
		List<TopicSummary> topicSummaries) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Dialogue {
		topics = List.copyOf(topics);
		topicSummaries = List.copyOf(topicSummaries);
	}

	public String id() {
		return this.conversation.id();
	}

	/**
	 * Reads one line; refused, naming the line, where it is not a JSON object with turns
	 * of a known speaker.
	 */
	public static Dialogue parse(String line, int number) {
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("line " + number + ": not JSON (" + ex.getOriginalMessage() + ")");
		}
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("line " + number + ": not a JSON object");
		}
		JsonNode turns = node.get("turns");
		if (turns == null || !turns.isArray()) {
			throw new IllegalArgumentException("line " + number + ": no \"turns\" array");
		}
		List<Utterance> utterances = new ArrayList<>();
		for (JsonNode turn : turns) {
			utterances.add(Utterance.of(speaker(turn, number, utterances.size() + 1), text(turn.get("text"))));
		}
		JsonNode id = node.get("id");
		Conversation conversation = new Conversation((id == null || id.isNull()) ? null : id.asString(), utterances);
		return new Dialogue(conversation, quality(node.get("quality_mean")), topics(node.get("topics")),
				text(node.get("caller_summary")), topicSummaries(node.get("topic_summaries")));
	}

	private static Speaker speaker(JsonNode turn, int line, int index) {
		JsonNode speaker = (turn == null) ? null : turn.get("speaker");
		String name = (speaker == null || !speaker.isString()) ? null : speaker.asString();
		if ("agent".equals(name)) {
			return Speaker.AGENT;
		}
		if ("caller".equals(name)) {
			return Speaker.CALLER;
		}
		throw new IllegalArgumentException("line " + line + ": turn " + index + " has speaker "
				+ ((name == null) ? "none" : "'" + name + "'") + ", not \"agent\" or \"caller\"");
	}

	private static String text(JsonNode text) {
		return (text == null || text.isNull()) ? null : text.asString();
	}

	private static DialogueQuality quality(JsonNode mean) {
		if (mean == null || !mean.has("A") || !mean.has("S") || !mean.has("E")) {
			return null;
		}
		return new DialogueQuality(mean.get("A").asDouble(), mean.get("S").asDouble(), mean.get("E").asDouble());
	}

	private static List<TopicSummary> topicSummaries(JsonNode summaries) {
		List<TopicSummary> list = new ArrayList<>();
		if (summaries != null && summaries.isArray()) {
			for (JsonNode summary : summaries) {
				String topic = text(summary.get("topic"));
				if (topic != null) {
					list.add(new TopicSummary(topic, String.valueOf(text(summary.get("caller_summary"))),
							String.valueOf(text(summary.get("agent_summary")))));
				}
			}
		}
		return list;
	}

	private static List<String> topics(JsonNode topics) {
		List<String> names = new ArrayList<>();
		if (topics != null && topics.isArray()) {
			topics.forEach((topic) -> names.add(topic.asString()));
		}
		return names;
	}

	/**
	 * One topic's summaries, as annotated.
	 *
	 * @param topic the topic
	 * @param caller what the caller asked ("用户询问…")
	 * @param agent what the agent answered ("客服回答…")
	 */
	public record TopicSummary(String topic, String caller, String agent) {

	}

}
