package io.hotline.workforce;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls as the phone system reports them (CTI events over HTTP), for the workforce tests
 * that need a history of calls: queued, answered 10 s later, ended 90 s after that.
 */
public final class PhoneSystemCalls {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private PhoneSystemCalls() {
	}

	/** One answered call queued at {@code at} (Beijing time). */
	public static void answered(Api phone, LocalDateTime at, String queue) {
		String call = "pbx-" + UUID.randomUUID();
		post(phone, event(call, "QUEUED", at, queue));
		post(phone, event(call, "ANSWERED", at.plusSeconds(10), queue));
		post(phone, event(call, "HUNG_UP", at.plusSeconds(100), queue));
	}

	private static void post(Api phone, Map<String, Object> event) {
		Response response = phone.post("/api/cti/events", event);
		assertThat(response.status()).as(event + " " + response.body()).isEqualTo(200);
	}

	private static Map<String, Object> event(String call, String type, LocalDateTime at, String queue) {
		Map<String, Object> event = new HashMap<>();
		event.put("callId", call);
		event.put("event", type);
		event.put("at", at.atZone(BEIJING).toOffsetDateTime().toString());
		if ("QUEUED".equals(type)) {
			event.put("queue", queue);
			event.put("callee", "12345");
			event.put("caller", "13800138000");
		}
		if ("ANSWERED".equals(type)) {
			event.put("agent", "fa-1");
		}
		return event;
	}

}
