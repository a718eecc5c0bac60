package io.hotline.cti;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.hotline.support.Utterances.line;
import static org.assertj.core.api.Assertions.assertThat;

/** TRANSCRIPT events with utterances: kept in order, repeats once, wrong ones refused. */
@HotlineTest
class UtterancesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	CallConversations conversations;

	@Test
	void partialTranscriptsMakeOneConversationInOrderWithRepeatsKeptOnce() {
		Api agent = Api.as(this.port, "agent1");
		String callId = "utt-" + UUID.randomUUID();
		assertThat(agent.post("/api/cti/events", event(callId, "ANSWERED", "2026-12-01T09:00:00Z")).status())
			.isEqualTo(200);
		Map<String, Object> later = event(callId, "TRANSCRIPT", "2026-12-01T09:00:20Z");
		later.put("utterances", List.of(line("CALLER", "我家楼下路灯坏了", 4.5, 8.25), line("AGENT", "好的，我确认一下地址", 9, 11)));
		Map<String, Object> first = event(callId, "TRANSCRIPT", "2026-12-01T09:00:10Z");
		first.put("utterances", List.of(line("AGENT", "您好，12345热线", 0, 2.5), line("CALLER", "我家楼下路灯坏了", 4.5, 8.25)));
		assertThat(agent.post("/api/cti/events", later).status()).isEqualTo(200);
		assertThat(agent.post("/api/cti/events", first).status()).isEqualTo(200);
		assertThat(agent.post("/api/cti/events", first).status()).as("a repeat changes nothing").isEqualTo(200);

		Conversation said = this.conversations.of(callId);
		assertThat(said.utterances()).hasSize(3);
		assertThat(said.utterances().get(0).text()).isEqualTo("您好，12345热线");
		assertThat(said.utterances().get(1).speaker()).isEqualTo(Speaker.CALLER);
		assertThat(said.utterances().get(1).start()).isEqualTo(Duration.ofMillis(4500));
		assertThat(said.utterances().get(1).end()).isEqualTo(Duration.ofMillis(8250));
		assertThat(said.utterances().get(2).speaker()).isEqualTo(Speaker.AGENT);
		assertThat(said.timed()).isTrue();
		assertThat(this.conversations.of(List.of(callId, "none-" + UUID.randomUUID())).values())
			.extracting((c) -> c.utterances().size())
			.containsExactlyInAnyOrder(3, 0);
		hangUp(agent, callId);
	}

	@Test
	void theTranscriptAloneStillWorks() {
		Api agent = Api.as(this.port, "agent1");
		String callId = "utt-" + UUID.randomUUID();
		Map<String, Object> text = event(callId, "TRANSCRIPT", null);
		text.put("transcript", "市民反映路灯不亮。");
		Response kept = agent.post("/api/cti/events", text);
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("transcript")).isEqualTo("市民反映路灯不亮。");
		assertThat(this.conversations.of(callId).utterances()).isEmpty();
		hangUp(agent, callId);
	}

	@Test
	void wrongUtterancesAreRefusedNamingTheFieldAndNothingIsKept() {
		Api agent = Api.as(this.port, "agent1");
		String callId = "utt-" + UUID.randomUUID();
		refused(agent, callId, List.of(line("AGENT", "您好", 0, 1), line("ROBOT", "嗯", 1, 2)), "utterances[1].speaker");
		refused(agent, callId, List.of(line("CALLER", "喂", 5, 4)), "utterances[0].end");
		refused(agent, callId, List.of(line("CALLER", "喂".repeat(2001), 0, 4)), "utterances[0].text");
		Map<String, Object> noStart = new HashMap<>(line("CALLER", "喂", 0, 1));
		noStart.remove("start");
		refused(agent, callId, List.of(noStart), "utterances[0].start");
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i <= 2000; i++) {
			many.add(line("CALLER", "喂", i, i + 0.5));
		}
		refused(agent, callId, many, "utterances");
		assertThat(this.conversations.of(callId).utterances()).isEmpty();
	}

	private static void refused(Api agent, String callId, List<Map<String, Object>> lines, String field) {
		Map<String, Object> body = event(callId, "TRANSCRIPT", null);
		body.put("utterances", lines);
		Response answer = agent.post("/api/cti/events", body);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.detail()).contains(field);
	}

	/**
	 * Ends the call: agent1's line is free again for the other tests of the shared
	 * platform (the screen pop shows a call not ended).
	 */
	private static void hangUp(Api agent, String callId) {
		assertThat(agent.post("/api/cti/events", event(callId, "HUNG_UP", null)).status()).isEqualTo(200);
	}

	private static Map<String, Object> event(String callId, String type, String at) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", callId);
		event.put("event", type);
		event.put("agent", "agent1");
		if (at != null) {
			event.put("at", at);
		}
		return event;
	}

}
