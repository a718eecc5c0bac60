package io.hotline.handling.quality;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.platform.Reactions;
import io.hotline.workorder.EventType;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scores each unit reply once it is committed, before the reply's request answers: the
 * score is stored with its components and reasons, and a reply under the threshold raises
 * a {@link FlagKind#REPLY_QUALITY} flag that holds the order back from the callback until
 * a supervisor releases it (dismisses the flag) or sends the reply back.
 */
@Service
@EnableConfigurationProperties(ReplyQualityRules.class)
class ReplyQualityScoring {

	/** Who raises the flags. */
	static final String SCORER = "reply-quality";

	private final WorkOrders orders;

	private final OrderFlags flags;

	private final ReplyScores scores;

	private final ReplyScorer scorer;

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "reply-quality";

	private volatile boolean holding;

	private final Reactions reactions;

	ReplyQualityScoring(WorkOrders orders, OrderFlags flags, ReplyScores scores, ReplyQualityRules rules,
			Reactions reactions) {
		this.reactions = reactions;
		this.orders = orders;
		this.flags = flags;
		this.scores = scores;
		this.scorer = new ReplyScorer(rules);
		this.holding = rules.hold();
	}

	/**
	 * After the commit of a reply (a durable listener of the REPLIED {@link OrderEvent}),
	 * in the request's thread, so that the callback never finds it unscored, in a
	 * transaction of its own, once per event ({@link Reactions}); a failure is logged,
	 * the reply stays, and its publication is resubmitted.
	 */
	@TransactionalEventListener(id = REACTION, condition = "#event.replied()")
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(OrderEvent event) {
		if (this.reactions.firstTime(REACTION, event.eventId())) {
			score(event.orderId());
		}
	}

	/** Turns holding weak replies on or off (tests; the setting is {@code hold}). */
	void holding(boolean holding) {
		this.holding = holding;
	}

	/** Scores the order's latest reply unless it has its score. */
	void score(WorkOrderId id) {
		WorkOrder order = this.orders.find(id, Actor.system());
		List<TimelineEvent> replies = order.timeline().stream().filter((e) -> e.type() == EventType.REPLIED).toList();
		if (replies.isEmpty() || this.scores.scored(id, replies.size())) {
			return;
		}
		TimelineEvent last = replies.get(replies.size() - 1);
		ReplyScores.Reply reply = new ReplyScores.Reply(id, replies.size(), last.unitId(), last.actor(), last.at(),
				last.note());
		ReplyScore score = this.scorer.score(order.registration().title(), order.registration().content(), reply.text(),
				this.scores.recentShingles(reply.unit(), reply.at(), this.scorer.rules().window()));
		this.scores.insert(reply, score, ReplyScorer.shingles(reply.text()), this.orders.now());
		if (this.holding && score.score() < this.scorer.rules().threshold() && order.status() == Status.REPLIED) {
			this.flags.raise(id, FlagKind.REPLY_QUALITY, "low-score-" + reply.round(), score.reasons(),
					io.hotline.platform.Fact.of("flag.reply-quality", score.score(), this.scorer.rules().threshold(),
							io.hotline.platform.Fact
								.phrases(score.reasons().stream().map(ReplyReasons::fact).toList())),
					(double) score.score(), null, SCORER);
		}
	}

}
