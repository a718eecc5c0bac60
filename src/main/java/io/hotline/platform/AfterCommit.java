package io.hotline.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must see a change committed: run after the current transaction commits (not
 * at all if it rolls back), or at once where there is none. For forgetting what a cache
 * holds (nothing is lost in a crash); reactions to an order's events are durable
 * listeners instead (decision 0009).
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
