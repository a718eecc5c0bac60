package io.hotline.handling.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of reply quality (答复质量), as {@code hotline.reply-quality.*}.
 *
 * @param threshold a reply scoring under it is held for review before the callback
 * @param shortReply a reply with fewer characters than this is too short
 * @param substance a reply whose own words (besides greetings, thanks, transfer notes and
 * evasive sentences) are fewer characters than this has no substance
 * @param nearCopy the resemblance (Jaccard of 4-character shingles) from which two
 * replies are near copies
 * @param copies this many near copies among the unit's recent replies make a reply
 * templated
 * @param window how many of the unit's recent replies a new one is compared with
 * @param fullCoverage the share of the request's words a reply must take up to count as
 * fully relevant
 * @param hold whether a reply under the threshold is held for review before the callback
 * (raises its flag); off, replies are only scored
 * @param repetition the share of a reply's text that repeats the reply itself (one
 * sentence said many times, a paragraph pasted twice) from which it is padding: its
 * points shrink by that share and it scores at most the cap of a reply too short
 */
@ConfigurationProperties("hotline.reply-quality")
public record ReplyQualityRules(@DefaultValue("60") int threshold, @DefaultValue("40") int shortReply,
		@DefaultValue("60") int substance, @DefaultValue("0.6") double nearCopy, @DefaultValue("3") int copies,
		@DefaultValue("200") int window, @DefaultValue("0.3") double fullCoverage, @DefaultValue("true") boolean hold,
		@DefaultValue("0.45") double repetition) {

	/** The rules as they are documented in {@code docs/reply-quality.md}. */
	public static ReplyQualityRules defaults() {
		return new ReplyQualityRules(60, 40, 60, 0.6, 3, 200, 0.3, true, 0.45);
	}

}
