package io.hotline.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.org.Division;

/**
 * The chains of divisions (province, city, district, street, community) that a text's
 * mentions propose, each scored by the mentions that agree with it.
 * <p>
 * Every strong mention proposes its division; a weak one proposes its division only when
 * it closely follows a mention of a division containing it (番禺市桥, 石牌街华标) — for two weak
 * forms, only inside the jurisdiction. A chain then collects every mention of its
 * members, weak ones included, and scores the best of each level that do not overlap,
 * with a bonus for each level that agrees, the jurisdiction's prior and a little for
 * being named late in the text.
 */
final class ChainSearch {

	static final double AGREEMENT = 0.25;

	static final double IN_JURISDICTION = 0.6;

	static final double AROUND_JURISDICTION = 0.3;

	private final Gazetteer gazetteer;

	private final Evidence evidence;

	private final Jurisdiction jurisdiction;

	private final int textLength;

	private final List<Mention> accepted = new ArrayList<>();

	private final Set<Mention> seen = new HashSet<>();

	/** Mentions of districts, streets and the levels above, by division. */
	private final Map<Integer, List<Mention>> upper = new HashMap<>();

	ChainSearch(Gazetteer gazetteer, Evidence evidence, Jurisdiction jurisdiction, int textLength) {
		this.gazetteer = gazetteer;
		this.evidence = evidence;
		this.jurisdiction = jurisdiction;
		this.textLength = textLength;
	}

	/** Every proposed chain, best first, without those that a deeper one contains. */
	List<Chain> chains() {
		evidence.anchors().forEach(this::accept);
		acceptCloseChildren();
		indexUpperMentions();
		Map<Integer, Chain> byLeaf = new LinkedHashMap<>();
		for (Mention mention : this.accepted) {
			byLeaf.computeIfAbsent(mention.division(), this::score);
		}
		List<Chain> chains = new ArrayList<>();
		for (Chain chain : byLeaf.values()) {
			if (chain != null && byLeaf.keySet()
				.stream()
				.noneMatch((other) -> other != chain.leaf() && this.gazetteer.isWithin(other, chain.leaf()))) {
				chains.add(chain);
			}
		}
		chains.sort(Chain.BEST_FIRST);
		return chains;
	}

	private void acceptCloseChildren() {
		Map<Integer, List<Span>> endingAt = new HashMap<>();
		for (Span span : this.evidence.spans()) {
			endingAt.computeIfAbsent(span.end(), (end) -> new ArrayList<>()).add(span);
		}
		List<Mention> aliases = this.accepted.stream().filter(Mention::alias).toList();
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
		FormTable table = child.table();
		for (int i = 0; i < child.frequency(); i++) {
			int division = Posting.target(table.posting(child.slot(), i));
			for (int up = this.gazetteer.parent(division); up >= 0; up = this.gazetteer.parent(up)) {
				Mention parent = (parentSpan != null) ? this.evidence.mention(parentSpan, up) : null;
				if (up == parentDivision || parent != null) {
					Mention mention = this.evidence.mention(child, division);
					boolean bothWeak = parent != null && parent.weak() && !this.seen.contains(parent) && mention.weak();
					if (!bothWeak || this.jurisdiction.covers(division)) {
						accept(mention);
						if (parent != null) {
							accept(parent);
						}
					}
					break;
				}
			}
		}
	}

	private void accept(Mention mention) {
		if (this.seen.add(mention)) {
			this.accepted.add(mention);
		}
	}

	private void indexUpperMentions() {
		int communities = this.gazetteer.range("", Division.COMMUNITY)[0];
		for (Span span : this.evidence.spans()) {
			for (int i = 0; i < span.frequency(); i++) {
				int division = Posting.target(span.table().posting(span.slot(), i));
				if (division >= communities) {
					break;
				}
				this.upper.computeIfAbsent(division, (d) -> new ArrayList<>())
					.add(this.evidence.mention(span, division));
			}
		}
		for (Mention mention : this.accepted) {
			if (mention.alias()) {
				this.upper.computeIfAbsent(mention.division(), (d) -> new ArrayList<>()).add(mention);
			}
		}
	}

	/**
	 * Whether a bare stem names the leaf only as it names an ancestor that the text does
	 * not name otherwise: 冼村 is the street before it is its community 冼村社区, while in
	 * 平安镇平安 the second 平安 is the village.
	 */
	private static boolean saysNoMore(Mention leaf, List<Mention> above) {
		if (leaf.kind() != NameForms.SHORT) {
			return false;
		}
		boolean sameSpan = false;
		for (Mention ancestor : above) {
			boolean same = ancestor.start() == leaf.start() && ancestor.end() == leaf.end();
			if (!same && above.stream()
				.anyMatch((a) -> a.division() == ancestor.division() && a.start() == leaf.start()
						&& a.end() == leaf.end())) {
				return false;
			}
			sameSpan |= same;
		}
		return sameSpan;
	}

	private Chain score(int leaf) {
		List<Mention> supports = new ArrayList<>();
		for (Mention mention : this.accepted) {
			if (mention.division() == leaf) {
				supports.add(mention);
			}
		}
		List<Mention> above = new ArrayList<>();
		for (int up = this.gazetteer.parent(leaf); up >= 0; up = this.gazetteer.parent(up)) {
			above.addAll(this.upper.getOrDefault(up, List.of()));
		}
		if (supports.stream().allMatch((m) -> saysNoMore(m, above))) {
			return null;
		}
		supports.addAll(above);
		List<Mention> picked = Chain.pick(supports);
		if (picked.stream().noneMatch((m) -> m.division() == leaf)) {
			return null;
		}
		double score = AGREEMENT * (picked.size() - 1);
		int lastEnd = 0;
		for (Mention mention : picked) {
			score += mention.weight();
			lastEnd = Math.max(lastEnd, mention.end());
		}
		score += this.jurisdiction.covers(leaf) ? IN_JURISDICTION
				: this.jurisdiction.overlaps(leaf) ? AROUND_JURISDICTION : 0;
		score += 0.05 * lastEnd / Math.max(1, this.textLength);
		int district = this.gazetteer.ancestorAt(leaf, Division.DISTRICT);
		int size = (district < 0) ? 0 : this.gazetteer.communitiesWithin(district);
		return new Chain(leaf, score, lastEnd, size, picked, this.jurisdiction.overlaps(leaf));
	}

}
