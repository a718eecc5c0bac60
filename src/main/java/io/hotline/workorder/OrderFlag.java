package io.hotline.workorder;

import java.time.Instant;
import java.util.List;

/**
 * A flag on an order: its kind, the rule that fired and the evidence (the words, the
 * related order, a score), a sentence that explains it, and its judgement.
 *
 * @param status {@code OPEN}, {@code CONFIRMED} or {@code DISMISSED}
 * @param detail the explanation as stored (in Chinese)
 * @param text the explanation in the reader's language, where the platform wrote it as a
 * fact ({@code detailKey} and {@code detailArgs}); else the detail
 */
public record OrderFlag(long id, long orderId, String orderNumber, FlagKind kind, String rule, List<String> evidence,
		String detail, Double score, Long relatedOrderId, Instant raisedAt, String raisedBy, String status,
		String judgedBy, Instant judgedAt, String judgementNote, String text, String detailKey,
		List<String> detailArgs) {

}
