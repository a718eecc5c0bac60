package io.hotline.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Division;

/**
 * The chains of divisions (province, city, district, street, community) that a text's
 * mentions propose, each scored by the mentions that agree with it.
 * <p>
 * Each {@link AcceptedMentions accepted mention} proposes its division. A chain then
 * collects every mention of its members, weak ones included, and scores the best of each
 * level that do not overlap, with a bonus for each level that agrees, the jurisdiction's
 * prior and a little for being named late in the text.
 */
final class ChainSearch {

	static final double AGREEMENT = 0.25;

	static final double IN_JURISDICTION = 0.6;

	static final double AROUND_JURISDICTION = 0.3;

	private final Gazetteer gazetteer;

	private final Evidence evidence;

	private final Jurisdiction jurisdiction;

	private final String text;

	private List<Mention> accepted;

	/** Mentions of districts, streets and the levels above, by division. */
	private final Map<Integer, List<Mention>> upper = new HashMap<>();

	ChainSearch(Gazetteer gazetteer, Evidence evidence, Jurisdiction jurisdiction, String text) {
		this.gazetteer = gazetteer;
		this.evidence = evidence;
		this.jurisdiction = jurisdiction;
		this.text = text;
	}

	/** Every proposed chain, best first, without those that a deeper one contains. */
	List<Chain> chains() {
		this.accepted = AcceptedMentions.of(this.gazetteer, this.evidence, this.jurisdiction, this.text);
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
		score += 0.05 * lastEnd / Math.max(1, this.text.length());
		int district = this.gazetteer.ancestorAt(leaf, Division.DISTRICT);
		int size = (district < 0) ? 0 : this.gazetteer.communitiesWithin(district);
		return new Chain(leaf, score, lastEnd, size, picked, this.jurisdiction.overlaps(leaf));
	}

}
