package io.hotline.supervision.monitor;

import java.util.Set;

import io.hotline.platform.AfterCommit;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlagged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new RISK, REPEAT_LOOP or EMERGENCY flag opens the FLAGGED case of its order at once
 * (the next run marks the order 督办 and reminds as for every case).
 */
@Component
class FlaggedOrders {

	static final Set<FlagKind> WATCHED = Set.of(FlagKind.RISK, FlagKind.REPEAT_LOOP, FlagKind.EMERGENCY);

	private static final Logger log = LoggerFactory.getLogger(FlaggedOrders.class);

	private final CaseRun run;

	private final TransactionTemplate separately;

	FlaggedOrders(CaseRun run, PlatformTransactionManager transactions) {
		this.run = run;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void flagged(OrderFlagged flagged) {
		if (WATCHED.contains(flagged.kind())) {
			AfterCommit.run(() -> open(flagged));
		}
	}

	private void open(OrderFlagged flagged) {
		try {
			this.separately.executeWithoutResult((tx) -> this.run.openFor(MonitorKind.FLAGGED, flagged.orderId()));
		}
		catch (RuntimeException ex) {
			log.warn("no case opened for the flag {}; the next run will", flagged.flagId(), ex);
		}
	}

}
