package io.hotline.handling.quality;

import java.time.Instant;
import java.util.List;

/**
 * The API's answers on reply quality: an order's scored replies, and the units' figures
 * by period.
 */
public final class ReplyQualityView {

	private ReplyQualityView() {
	}

	/**
	 * One scored reply: its components (0 to 1) and the reasons it lost points.
	 *
	 * @param reasons the reasons as stored (in Chinese)
	 * @param reasonCodes each reason's code ({@link ReplyReasons})
	 * @param reasonTexts the reasons in the reader's language
	 */
	public record Scored(int round, Long unitId, String repliedBy, Instant repliedAt, int score, double relevance,
			double what, double when, double who, double templating, int nearCopies, List<String> reasons,
			Instant scoredAt, List<String> reasonCodes, List<String> reasonTexts) {

	}

	/**
	 * An order's scored replies, the latest first, with the threshold they are held
	 * under.
	 */
	public record OrderScores(long orderId, int threshold, List<Scored> replies) {

	}

	/** A unit's replies in one period. */
	public record UnitPeriod(long unitId, String unitName, String period, long replies, double meanScore,
			double underThreshold, List<Reason> commonestReasons) {

	}

	/**
	 * A reason, its number written N, and how many replies had it; its code and its text
	 * in the reader's language.
	 */
	public record Reason(String reason, long replies, String code, String text) {

	}

	/** The units' figures by period. */
	public record UnitReport(String from, String to, String groupBy, int threshold, List<UnitPeriod> units) {

	}

}
