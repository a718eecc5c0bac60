package io.hotline.analytics.hotspot;

import java.time.Instant;
import java.util.Objects;

/**
 * One citizen's message as the hot-spot discovery sees it.
 *
 * @param id the message's own identifier
 * @param title its subject line (may be empty)
 * @param text its free text
 * @param place where it is about, when the intake knows it (an address, a district), or
 * {@code null}: the places written in the text are found anyway
 * @param at when it came in
 * @param weight how much attention it has drawn, 1 for none: 1 + the likes of a public
 * message, say
 */
public record HotMessage(String id, String title, String text, String place, Instant at, double weight) {

	public HotMessage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(at, "at");
		title = (title != null) ? title : "";
		text = (text != null) ? text : "";
		if (!(weight >= 1)) {
			weight = 1;
		}
	}

	public HotMessage(String id, String title, String text, Instant at) {
		this(id, title, text, null, at, 1);
	}

}
