package io.hotline.workorder;

import java.time.Instant;
import java.util.Locale;

import io.hotline.org.UnitId;
import io.hotline.platform.Fact;

/**
 * One entry of an order's timeline: what happened, when, by whom, the state it left the
 * order in and the unit concerned; a note the platform wrote itself is also kept as a
 * fact, shown in each reader's language.
 */
public record TimelineEvent(EventType type, Instant at, String actor, Status status, UnitId unitId, String note,
		Fact fact) {

	/** An entry whose note (if any) is a person's own words. */
	public TimelineEvent(EventType type, Instant at, String actor, Status status, UnitId unitId, String note) {
		this(type, at, actor, status, unitId, note, null);
	}

	/**
	 * The note in this language: as written for a Chinese reader, else the fact's
	 * sentence where there is one.
	 */
	public String note(Locale locale) {
		return (this.fact == null || "zh".equals(locale.getLanguage())) ? this.note : this.fact.text(locale);
	}

}
