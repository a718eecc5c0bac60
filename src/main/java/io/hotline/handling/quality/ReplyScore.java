package io.hotline.handling.quality;

import java.util.List;

/**
 * A reply's quality: a score of 0 to 100 made of its components, each 0 to 1, with the
 * reasons it lost points, in Chinese.
 *
 * @param relevance how much of the request's matter the reply takes up
 * @param what whether it says what was done (or the rule that answers the question)
 * @param when whether it says when
 * @param who whether it says by whom (a unit, its staff, a phone to call)
 * @param templating how much it is a template or an evasion: 1 when it nearly copies many
 * of the unit's replies or only puts the caller off
 * @param nearCopies how many of the unit's recent replies it nearly copies
 */
public record ReplyScore(int score, double relevance, double what, double when, double who, double templating,
		int nearCopies, List<String> reasons) {

	public ReplyScore {
		reasons = List.copyOf(reasons);
	}

}
