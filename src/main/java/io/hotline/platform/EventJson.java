package io.hotline.platform;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable events' JSON (Spring Modulith's registry, docs/decisions/0009): the
 * platform's own mapper, held rather than looked up for each event, and an event
 * serialized once for all its listeners: the registry stores one publication per listener
 * and asked for the same event's JSON once for each (issue 16's intake profile: about 8 %
 * of a registration's request time).
 */
@Component
class EventJson implements EventSerializer {

	/** The last event serialized on this thread, and its JSON. */
	private static final ThreadLocal<Serialized> LAST = new ThreadLocal<>();

	private final JsonMapper mapper;

	EventJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Object serialize(Object event) {
		Serialized last = LAST.get();
		if (last != null && last.event() == event) {
			return last.json();
		}
		String json = this.mapper.writeValueAsString(event);
		LAST.set(new Serialized(event, json));
		return json;
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		return this.mapper.readerFor(type).readValue(serialized.toString());
	}

	private record Serialized(Object event, String json) {
	}

}
