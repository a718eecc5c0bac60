package io.hotline.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must see a change committed: run after the current transaction commits (not
 * at all if it rolls back), or at once where there is none. A plain listener with this,
 * rather than a {@code @TransactionalEventListener}, keeps the order's events out of the
 * event publication registry, which would write two rows for each.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable task) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					task.run();
				}
			});
		}
		else {
			task.run();
		}
	}

}
