package io.hotline.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions that may propose a place: every strong one, and each weak reading that
 * closely follows (≤ 2 characters) a mention of a division containing it — 番禺|市桥, 天河区|新村,
 * 东坝镇|西沟 — for two weak forms in a row only inside the jurisdiction, or where both are
 * rare across the country (常熟|虞山 seen from 广州). A weak reading is not taken where the
 * text says something else there: a strong reading of the same or a longer span inside
 * the same division (望京 is 望京街道 rather than a village 望京村 of 朝阳区, 体育西 rather than 体育村),
 * or a road (天河区天河路 names no village 天河村).
 */
final class AcceptedMentions {

	private static final String ROADS = "路街道巷";

	/**
	 * Two weak forms in a row outside the jurisdiction agree by chance unless both are
	 * rare.
	 */
	private static final int RARE = 20;

	private final Gazetteer gazetteer;

	private final Evidence evidence;

	private final Jurisdiction jurisdiction;

	private final String text;

	private final Set<Mention> accepted = new LinkedHashSet<>();

	private AcceptedMentions(Gazetteer gazetteer, Evidence evidence, Jurisdiction jurisdiction, String text) {
		this.gazetteer = gazetteer;
		this.evidence = evidence;
		this.jurisdiction = jurisdiction;
		this.text = text;
	}

	static List<Mention> of(Gazetteer gazetteer, Evidence evidence, Jurisdiction jurisdiction, String text) {
		AcceptedMentions mentions = new AcceptedMentions(gazetteer, evidence, jurisdiction, text);
		mentions.accepted.addAll(evidence.anchors());
		mentions.acceptCloseChildren();
		return new ArrayList<>(mentions.accepted);
	}

	private void acceptCloseChildren() {
		Map<Integer, List<Span>> endingAt = new HashMap<>();
		for (Span span : this.evidence.spans()) {
			endingAt.computeIfAbsent(span.end(), (end) -> new ArrayList<>()).add(span);
		}
		List<Mention> aliases = this.evidence.anchors().stream().filter(Mention::alias).toList();
		for (Span child : this.evidence.spans()) {
			for (Mention alias : aliases) {
				if (alias.end() <= child.start() && child.start() - alias.end() <= 2) {
					acceptWithin(child, alias.division(), null);
				}
			}
			for (int gap = 0; gap <= 2; gap++) {
				for (Span parent : endingAt.getOrDefault(child.start() - gap, List.of())) {
					acceptWithin(child, -1, parent);
				}
			}
		}
	}

	/** Accepts the readings of the child span that lie in the parent division or span. */
	private void acceptWithin(Span child, int parentDivision, Span parentSpan) {
		for (int i = 0; i < child.frequency(); i++) {
			int division = Posting.target(child.table().posting(child.slot(), i));
			for (int up = this.gazetteer.parent(division); up >= 0; up = this.gazetteer.parent(up)) {
				Mention parent = (parentSpan != null) ? this.evidence.mention(parentSpan, up) : null;
				if (up == parentDivision || parent != null) {
					Mention mention = this.evidence.mention(child, division);
					boolean bothWeak = parent != null && parent.weak() && !this.accepted.contains(parent)
							&& mention.weak();
					boolean rare = child.frequency() <= RARE && parentSpan != null && parentSpan.frequency() <= RARE;
					if ((!bothWeak || rare || this.jurisdiction.covers(division))
							&& !(mention.weak() && saysOtherwise(mention, up))) {
						this.accepted.add(mention);
						if (parent != null) {
							this.accepted.add(parent);
						}
					}
					break;
				}
			}
		}
	}

	private boolean saysOtherwise(Mention weak, int parent) {
		if (weak.end() < this.text.length() && ROADS.indexOf(this.text.charAt(weak.end())) >= 0
				&& this.gazetteer.level(weak.division()) == io.hotline.org.Division.COMMUNITY) {
			return true;
		}
		for (Mention anchor : this.evidence.anchors()) {
			if (anchor.start() <= weak.start() && weak.end() <= anchor.end() && anchor.division() != weak.division()
					&& anchor.division() != parent && this.gazetteer.isWithin(anchor.division(), parent)) {
				return true;
			}
		}
		return false;
	}

}
