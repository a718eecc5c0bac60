package io.hotline.history;

import java.util.ArrayDeque;
import java.util.Deque;
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
 * Writes batches while the next is being read: parsing is Java's work and writing is
 * PostgreSQL's, and PostgreSQL spends most of a batch keeping indexes, one core per
 * connection; so two batches are written at once, on two connections, while the reader
 * goes on. At most two batches wait, so memory stays bounded.
 */
final class BatchWriter implements AutoCloseable {

	private final HistoryWriter writer;

	private final ImportReport report;

	private final Consumer<String> progress;

	private static final int WRITERS = 2;

	private final ExecutorService thread = Executors.newFixedThreadPool(WRITERS, (task) -> {
		Thread t = new Thread(task, "history-writer");
		t.setDaemon(true);
		return t;
	});

	private final Deque<Future<?>> pending = new ArrayDeque<>();

	BatchWriter(HistoryWriter writer, ImportReport report, Consumer<String> progress) {
		this.writer = writer;
		this.report = report;
		this.progress = progress;
	}

	/** Hands the batch over once a writer is free; the list is not reused. */
	void write(List<HistoricalOrder> batch) {
		if (this.pending.size() >= WRITERS) {
			awaitOldest();
		}
		if (!batch.isEmpty()) {
			this.pending.add(this.thread.submit(() -> {
				Written written = this.writer.write(batch);
				synchronized (this.report) {
					this.report.written(written.inserted(), written.alreadyPresent());
					this.progress.accept(String.format("%,d rows read: %,d loaded, %,d already present, %,d rejected",
							this.report.read(), this.report.loaded(), this.report.present(), this.report.rejected()));
				}
			}));
		}
	}

	private void awaitOldest() {
		try {
			this.pending.removeFirst().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing history", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Writing history failed", ex.getCause());
		}
	}

	@Override
	public void close() {
		try {
			while (!this.pending.isEmpty()) {
				awaitOldest();
			}
		}
		finally {
			this.thread.shutdown();
		}
	}

}
