package io.hotline.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Division;

/**
 * Every division and alias a text names: the strong mentions (anchors), which may propose
 * a place on their own, and the spans of forms whose other readings are weak, which only
 * support or extend what an anchor proposes. A form inside a longer, at least as strong
 * one is no mention of its own: 北京 in 北京街道, 江南 in 江南中街道.
 */
final class Evidence {

	private final Gazetteer gazetteer;

	private final AliasTable aliases;

	private final Jurisdiction jurisdiction;

	private final List<Span> spans = new ArrayList<>();

	private final List<Mention> anchors = new ArrayList<>();

	/**
	 * {@link #count} by form slot and level: a stem shared by hundreds of towns would
	 * otherwise count its postings once for every one of them.
	 */
	private final Map<Long, Integer> counts = new HashMap<>();

	private Evidence(Gazetteer gazetteer, AliasTable aliases, Jurisdiction jurisdiction) {
		this.gazetteer = gazetteer;
		this.aliases = aliases;
		this.jurisdiction = jurisdiction;
	}

	static Evidence in(String text, Gazetteer gazetteer, AliasTable aliases, Jurisdiction jurisdiction) {
		Evidence evidence = new Evidence(gazetteer, aliases, jurisdiction);
		List<Span> found = new ArrayList<>(Spans.find(text, aliases.forms()));
		found.addAll(Spans.find(text, gazetteer.forms()));
		found.sort((a, b) -> (a.start() != b.start()) ? a.start() - b.start() : a.end() - b.end());
		Readings[] readings = new Readings[found.size()];
		int[] strength = new int[found.size()];
		for (int i = 0; i < found.size(); i++) {
			readings[i] = evidence.new Readings(found.get(i));
			strength[i] = readings[i].strength();
		}
		for (int i = 0; i < found.size(); i++) {
			if (!insideStrongerSpan(found, strength, i)) {
				readings[i].keep();
			}
		}
		return evidence;
	}

	List<Mention> anchors() {
		return this.anchors;
	}

	List<Span> spans() {
		return this.spans;
	}

	/** The mention of this division by the span's form, or null when it names another. */
	Mention mention(Span span, int division) {
		if (span.table() != this.gazetteer.forms()) {
			return null;
		}
		int posting = span.table().postingOf(span.slot(), division);
		return (posting < 0) ? null : official(span, posting);
	}

	/**
	 * The official readings of one span, each worked out once: whether the span is a
	 * mention of its own and which of its readings are anchors ask for the same ones.
	 */
	private final class Readings {

		private final Span span;

		private final Mention[] official;

		Readings(Span span) {
			this.span = span;
			this.official = (span.table() != gazetteer.forms()) ? null : new Mention[span.frequency()];
		}

		private Mention official(int i) {
			if (this.official[i] == null) {
				this.official[i] = Evidence.this.official(this.span, this.span.table().posting(this.span.slot(), i));
			}
			return this.official[i];
		}

		/**
		 * 2 when the span has a strong reading in the jurisdiction (or is an alias), 1
		 * when only outside it, 0 when none.
		 */
		int strength() {
			if (this.official == null) {
				return 2;
			}
			int strength = 0;
			for (int i = 0; i < this.official.length && strength < 2; i++) {
				Mention mention = official(i);
				if (!mention.weak()) {
					strength = jurisdiction.overlaps(mention.division()) ? 2 : 1;
				}
			}
			return strength;
		}

		void keep() {
			if (this.official == null) {
				for (int i = 0; i < this.span.frequency(); i++) {
					anchors.add(aliases.mention(this.span, this.span.table().posting(this.span.slot(), i)));
				}
				return;
			}
			spans.add(this.span);
			for (int i = 0; i < this.official.length; i++) {
				Mention mention = official(i);
				if (!mention.weak()) {
					anchors.add(mention);
				}
			}
		}

	}

	private Mention official(Span span, int posting) {
		int division = Posting.target(posting);
		int kind = Posting.kind(posting);
		int level = this.gazetteer.level(division);
		int frequency = span.frequency();
		boolean inJurisdiction = this.jurisdiction.overlaps(division);
		boolean weak;
		if (kind == NameForms.SHORT && (level == Division.DISTRICT || level == Division.STREET)) {
			weak = inJurisdiction
					? Salience.weakStem(level, span.length(), frequency, rivals(span, division),
							count(span, Division.STREET))
					: Salience.weakForeignStem(level, span.length(), frequency, count(span, Division.DISTRICT));
		}
		else {
			weak = Salience.weak(level, kind, stem(span, kind), frequency, inJurisdiction);
		}
		return new Mention(span.start(), span.end(), division, kind,
				Salience.weight(level, kind, span.length(), frequency), false, weak);
	}

	/** The length of a form without the word a shortened name keeps (社区, 街道, 村, 街, 县). */
	private static int stem(Span span, int kind) {
		if (kind != NameForms.COMMON) {
			return span.length();
		}
		String form = span.table().form(span.slot());
		return span.length() - ((form.endsWith("社区") || form.endsWith("街道")) ? 2 : 1);
	}

	/**
	 * How many divisions of a level (district or above it) across the country the span's
	 * form names.
	 */
	private int count(Span span, int level) {
		return this.counts.computeIfAbsent(((long) span.slot() << 3) | level, (key) -> countPostings(span, level));
	}

	private int countPostings(Span span, int level) {
		int count = 0;
		for (int i = 0; i < span.frequency(); i++) {
			int other = this.gazetteer.level(Posting.target(span.table().posting(span.slot(), i)));
			if (other > level) {
				break;
			}
			count += (other == level) ? 1 : 0;
		}
		return count;
	}

	/**
	 * The other districts and streets of the jurisdiction that the span's form names,
	 * neither inside nor around this division.
	 */
	private int rivals(Span span, int division) {
		int rivals = 0;
		for (int i = 0; i < span.frequency(); i++) {
			int other = Posting.target(span.table().posting(span.slot(), i));
			int level = this.gazetteer.level(other);
			if (level > Division.STREET) {
				break;
			}
			if (this.jurisdiction.covers(other) && !this.gazetteer.isWithin(other, division)
					&& !this.gazetteer.isWithin(division, other)) {
				rivals++;
			}
		}
		return rivals;
	}

	/**
	 * Whether a longer span contains this one with a strong reading in the jurisdiction,
	 * or both have strong readings only outside it: 北京 in 北京街道 is no mention, while 清水 (a
	 * county of the jurisdiction) in 清水门 (a village elsewhere) is, and so is a weak 石咀 of
	 * the jurisdiction in 石咀一 (a village elsewhere).
	 */
	private static boolean insideStrongerSpan(List<Span> spans, int[] strength, int i) {
		Span span = spans.get(i);
		for (int j = i; j >= 0 && spans.get(j).start() > span.start() - 64; j--) {
			if (contains(spans, strength, j, i)) {
				return true;
			}
		}
		for (int j = i + 1; j < spans.size() && spans.get(j).start() == span.start(); j++) {
			if (contains(spans, strength, j, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(List<Span> spans, int[] strength, int outer, int inner) {
		boolean stronger = strength[inner] > 0
				&& (strength[outer] == 2 || strength[inner] == 1 && strength[outer] == 1);
		return outer != inner && stronger && spans.get(outer).contains(spans.get(inner));
	}

}
