package io.hotline.supervision.monitor;

import java.util.Set;

import io.hotline.platform.Reactions;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlagged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new RISK, REPEAT_LOOP or EMERGENCY flag opens the FLAGGED case of its order at once
 * (the next run marks the order 督办 and reminds as for every case): a durable listener of
 * {@link OrderFlagged}, in the thread that raised the flag once it committed, in a
 * transaction of its own, once per flag ({@link Reactions}); where it fails, its
 * publication is resubmitted (and the next run would open the case anyway).
 */
@Component
class FlaggedOrders {

	static final Set<FlagKind> WATCHED = Set.of(FlagKind.RISK, FlagKind.REPEAT_LOOP, FlagKind.EMERGENCY);

	/** The reaction's name ({@link Reactions}). */
	static final String REACTION = "flagged-case";

	private final CaseRun run;

	private final Reactions reactions;

	FlaggedOrders(CaseRun run, Reactions reactions) {
		this.run = run;
		this.reactions = reactions;
	}

	@TransactionalEventListener(id = REACTION, condition = "@flaggedOrders.watched(#flagged)")
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void flagged(OrderFlagged flagged) {
		if (this.reactions.firstTime(REACTION, flagged.flagId())) {
			this.run.openFor(MonitorKind.FLAGGED, flagged.orderId());
		}
	}

	/** Whether the flag opens a case (its kind is watched). */
	public boolean watched(OrderFlagged flagged) {
		return WATCHED.contains(flagged.kind());
	}

}
