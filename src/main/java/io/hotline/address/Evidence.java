package io.hotline.address;

import java.util.ArrayList;
import java.util.List;

/**
 * Every division and alias a text names: the strong mentions (anchors), which may propose
 * a place on their own, and the spans of forms whose other readings are weak, which only
 * support or extend what an anchor proposes. A form inside a longer strong one is no
 * mention of its own: 北京 in 北京街道, 江南 in 江南中街道.
 */
final class Evidence {

	private final Gazetteer gazetteer;

	private final AliasTable aliases;

	private final Jurisdiction jurisdiction;

	private final List<Span> spans = new ArrayList<>();

	private final List<Mention> anchors = new ArrayList<>();

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
		List<Boolean> strong = new ArrayList<>(found.size());
		for (Span span : found) {
			strong.add(evidence.hasAnchor(span));
		}
		for (int i = 0; i < found.size(); i++) {
			if (!insideStrongSpan(found, strong, i)) {
				evidence.keep(found.get(i));
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

	private boolean hasAnchor(Span span) {
		if (span.table() != this.gazetteer.forms()) {
			return true;
		}
		for (int i = 0; i < span.frequency(); i++) {
			if (!official(span, span.table().posting(span.slot(), i)).weak()) {
				return true;
			}
		}
		return false;
	}

	private void keep(Span span) {
		if (span.table() != this.gazetteer.forms()) {
			for (int i = 0; i < span.frequency(); i++) {
				this.anchors.add(this.aliases.mention(span, span.table().posting(span.slot(), i)));
			}
			return;
		}
		this.spans.add(span);
		for (int i = 0; i < span.frequency(); i++) {
			Mention mention = official(span, span.table().posting(span.slot(), i));
			if (!mention.weak()) {
				this.anchors.add(mention);
			}
		}
	}

	private Mention official(Span span, int posting) {
		int division = Posting.target(posting);
		int kind = Posting.kind(posting);
		int level = this.gazetteer.level(division);
		int frequency = span.frequency();
		boolean weak = Salience.weak(level, kind, span.length(), frequency, this.jurisdiction.overlaps(division));
		return new Mention(span.start(), span.end(), division, kind,
				Salience.weight(level, kind, span.length(), frequency), false, weak);
	}

	private static boolean insideStrongSpan(List<Span> spans, List<Boolean> strong, int i) {
		Span span = spans.get(i);
		for (int j = i; j >= 0 && spans.get(j).start() > span.start() - 64; j--) {
			if (j != i && strong.get(j) && spans.get(j).contains(span)) {
				return true;
			}
		}
		for (int j = i + 1; j < spans.size() && spans.get(j).start() == span.start(); j++) {
			if (strong.get(j) && spans.get(j).contains(span)) {
				return true;
			}
		}
		return false;
	}

}
