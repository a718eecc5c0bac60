package io.hotline.history;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.HistoryWriter;
import io.hotline.workorder.HistoryWriter.Written;

/**
 * Writes one batch while the next is being read: parsing is Java's work and writing is
 * PostgreSQL's, so on two cores the two overlap. One batch at most waits, so memory stays
 * bounded.
 */
final class BatchWriter implements AutoCloseable {

	private final HistoryWriter writer;

	private final ImportReport report;

	private final Consumer<String> progress;

	private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
		Thread t = new Thread(task, "history-writer");
		t.setDaemon(true);
		return t;
	});

	private Future<?> pending;

	BatchWriter(HistoryWriter writer, ImportReport report, Consumer<String> progress) {
		this.writer = writer;
		this.report = report;
		this.progress = progress;
	}

	/** Hands the batch over once the one before it is written; the list is not reused. */
	void write(List<HistoricalOrder> batch) {
		awaitPending();
		if (!batch.isEmpty()) {
			this.pending = this.thread.submit(() -> {
				Written written = this.writer.write(batch);
				synchronized (this.report) {
					this.report.written(written.inserted(), written.alreadyPresent());
					this.progress.accept(String.format("%,d rows read: %,d loaded, %,d already present, %,d rejected",
							this.report.read(), this.report.loaded(), this.report.present(), this.report.rejected()));
				}
			});
		}
	}

	private void awaitPending() {
		if (this.pending == null) {
			return;
		}
		try {
			this.pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing history", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Writing history failed", ex.getCause());
		}
		finally {
			this.pending = null;
		}
	}

	@Override
	public void close() {
		try {
			awaitPending();
		}
		finally {
			this.thread.shutdown();
		}
	}

}
