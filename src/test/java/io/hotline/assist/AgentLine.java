package io.hotline.assist;

import java.util.HashMap;
import java.util.Map;

import io.hotline.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** A call on agent1's line, its events posted as the phone system posts them. */
final class AgentLine {

	private AgentLine() {
	}

	static void event(int port, String callId, String type, Map<String, Object> more) {
		Map<String, Object> event = new HashMap<>(more);
		event.put("callId", callId);
		event.put("event", type);
		assertThat(Api.as(port, "agent1").post("/api/cti/events", event).status()).isEqualTo(200);
	}

}
