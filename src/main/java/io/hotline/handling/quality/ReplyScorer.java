package io.hotline.handling.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.Fact;

/**
 * Scores a unit's reply (答复质量) against the request it answers and the unit's recent
 * replies: relevance (35 points: how many of the request's key word pairs, its title's
 * counted more, the reply takes up), completeness (45: what was done 20, when 12, by whom
 * 13, read from the reply's own sentences, not its greetings, thanks and transfer notes)
 * and originality (20: lost when it nearly copies several of the unit's recent replies or
 * only puts the caller off); a reply too short scores at most 20, and so does a padded
 * reply (one that repeats itself: its points also shrink by the share repeated). Plain
 * Java: no Spring, no database.
 */
public final class ReplyScorer {

	static final int RELEVANCE = 35;

	static final int WHAT = 20;

	static final int WHEN = 12;

	static final int WHO = 13;

	static final int ORIGINALITY = 20;

	/** The most a reply too short can score. */
	static final int SHORT_CAP = 20;

	/** How many of the request's word pairs make its matter. */
	static final int KEY_PAIRS = 30;

	private final ReplyQualityRules rules;

	public ReplyScorer(ReplyQualityRules rules) {
		this.rules = rules;
	}

	public ReplyQualityRules rules() {
		return this.rules;
	}

	/**
	 * The score of a reply to a request (title and content), compared with the shingles
	 * ({@link #shingles}) of the unit's recent replies.
	 */
	public ReplyScore score(String title, String content, String reply, List<int[]> recentReplies) {
		String text = (reply == null) ? "" : reply.strip();
		List<String> reasons = new ArrayList<>();
		double relevance = relevance(title, content, text);
		if (relevance < 0.5) {
			reasons.add(reason(ReplyReasons.WEAK_RELEVANCE, Math.round(relevance * this.rules.fullCoverage() * 100)));
		}
		String own = ownWords(text);
		double what = ReplyPhrases.finds(ReplyPhrases.WHAT, own) ? 1 : 0;
		double when = ReplyPhrases.finds(ReplyPhrases.WHEN, own) ? 1 : 0;
		double who = ReplyPhrases.finds(ReplyPhrases.WHO, own) ? 1 : 0;
		if (what == 0) {
			reasons.add(reason(ReplyReasons.NO_WHAT));
		}
		if (when == 0) {
			reasons.add(reason(ReplyReasons.NO_WHEN));
		}
		if (who == 0) {
			reasons.add(reason(ReplyReasons.NO_WHO));
		}
		int[] shingles = shingles(text);
		int copies = (int) recentReplies.stream()
			.filter((other) -> ReplyText.resemblance(shingles, other) >= this.rules.nearCopy())
			.count();
		double templating = Math.min(1, copies / (double) this.rules.copies());
		if (copies >= this.rules.copies()) {
			reasons.add(reason(ReplyReasons.TEMPLATE, copies));
		}
		int ownLength = ReplyText.length(own);
		if (ownLength < this.rules.substance()) {
			Optional<String> evasion = ReplyPhrases.evasion(text);
			templating = 1;
			reasons.add(evasion.map((phrase) -> reason(ReplyReasons.EVASION, phrase))
				.orElse(reason(ReplyReasons.NO_SUBSTANCE, ownLength)));
		}
		double points = RELEVANCE * relevance + WHAT * what + WHEN * when + WHO * who + ORIGINALITY * (1 - templating);
		double repetition = ReplyText.repetition(text);
		if (repetition >= this.rules.repetition()) {
			points = Math.min(points * (1 - repetition), SHORT_CAP);
			reasons.add(reason(ReplyReasons.REPETITION, Math.round(repetition * 100)));
		}
		int length = ReplyText.length(text);
		if (length < this.rules.shortReply()) {
			points = Math.min(points, SHORT_CAP);
			reasons.add(reason(ReplyReasons.SHORT, length));
		}
		return new ReplyScore((int) Math.round(points), round(relevance), what, when, who, round(templating), copies,
				reasons);
	}

	/** A reason as the scores keep it: its sentence in Chinese. */
	private static String reason(String code, Object... arguments) {
		return Fact.of(code, arguments).written();
	}

	/** The shingles that {@link #score} compares replies by. */
	public static int[] shingles(String reply) {
		return ReplyText.shingles(reply);
	}

	/**
	 * The share of the request's key word pairs that the reply uses, full at
	 * {@code fullCoverage}: the {@value #KEY_PAIRS} bigrams of the request that weigh
	 * most (each counted as often as it occurs, twice more when the title has it), by
	 * weight.
	 */
	double relevance(String title, String content, String reply) {
		Map<String, Integer> weights = ReplyText.bigrams(content);
		ReplyText.bigrams(title).keySet().forEach((pair) -> weights.merge(pair, 2, Integer::sum));
		Map<String, Integer> answered = ReplyText.bigrams(reply);
		List<Map.Entry<String, Integer>> key = weights.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(KEY_PAIRS)
			.toList();
		double total = 0;
		double covered = 0;
		for (Map.Entry<String, Integer> pair : key) {
			total += pair.getValue();
			if (answered.containsKey(pair.getKey())) {
				covered += pair.getValue();
			}
		}
		return (total == 0) ? 1 : Math.min(1, covered / total / this.rules.fullCoverage());
	}

	/** The reply's own sentences, without its formulas and the date it is signed with. */
	static String ownWords(String reply) {
		List<String> sentences = ReplyText.sentences(reply);
		StringBuilder own = new StringBuilder();
		for (int i = 0; i < sentences.size(); i++) {
			if (ReplyPhrases.substantive(sentences.get(i), i == sentences.size() - 1)) {
				own.append(sentences.get(i));
			}
		}
		return own.toString();
	}

	private static double round(double share) {
		return Math.round(share * 1000) / 1000.0;
	}

}
