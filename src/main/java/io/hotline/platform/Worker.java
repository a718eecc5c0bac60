package io.hotline.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One background worker thread with a bounded queue, made by {@link Workers}: the work of
 * a start (rebuilds, catch-ups) and, where a module makes it an {@link Executor} bean for
 * {@code @Async}, the listeners of durable events that must run one at a time (the
 * duplicate checks). An item that fails is counted ({@code hotline.worker.failures}) and
 * logged once for its kind of failure, and the worker goes on with the next; an item that
 * finds the queue full is counted as dropped ({@code hotline.worker.dropped}) — a dropped
 * event's publication stays incomplete and is resubmitted. The worker is stopped, what it
 * was doing finished, before the database closes.
 */
public final class Worker implements Executor {

	private final String name;

	private final ThreadPoolExecutor executor;

	private final Counter failures;

	private final Counter dropped;

	private final FailureLog log;

	Worker(String name, int capacity, MeterRegistry meters, FailureLog log) {
		this.name = name;
		this.log = log;
		this.failures = Counter.builder("hotline.worker.failures")
			.description("items of a background worker that failed")
			.tag("worker", name)
			.register(meters);
		this.dropped = Counter.builder("hotline.worker.dropped")
			.description("items not taken by a background worker because its queue was full")
			.tag("worker", name)
			.register(meters);
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
				(task) -> {
					Thread thread = new Thread(task, name);
					thread.setDaemon(true);
					return thread;
				}, (task, pool) -> {
					if (!pool.isShutdown()) {
						this.dropped.increment();
						this.log.dropped(name);
					}
				});
		Gauge.builder("hotline.worker.queued", this.executor, (e) -> e.getQueue().size())
			.description("items waiting for a background worker")
			.tag("worker", name)
			.register(meters);
	}

	public String name() {
		return this.name;
	}

	/**
	 * Runs the item after those given before; a failure is counted and logged, never
	 * thrown to the caller.
	 */
	@Override
	public void execute(Runnable item) {
		this.executor.execute(() -> guarded(item));
	}

	/**
	 * Runs the item and answers its result to whoever waits for it (its failure
	 * included), after those given before.
	 */
	public <T> Future<T> submit(Callable<T> item) {
		return this.executor.submit(item);
	}

	/** Waits until what was given so far is done (tests, reports). */
	public void settle(Duration atMost) {
		try {
			submit(() -> null).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("the " + this.name + " worker did not settle", ex);
		}
	}

	/** Items waiting. */
	public int queued() {
		return this.executor.getQueue().size();
	}

	/** Whether the thread is running an item now or has items waiting. */
	public boolean busy() {
		return this.executor.getActiveCount() > 0 || !this.executor.getQueue().isEmpty();
	}

	double failures() {
		return this.failures.count();
	}

	private void guarded(Runnable item) {
		try {
			item.run();
		}
		catch (RuntimeException | LinkageError ex) {
			if (this.executor.isShutdown() && interrupted(ex)) {
				// stopped while it ran: not a failure of the item
				return;
			}
			this.failures.increment();
			this.log.failed(this.name, ex);
		}
	}

	static boolean interrupted(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedException) {
				return true;
			}
		}
		return Thread.currentThread().isInterrupted();
	}

	/** Takes no more items and waits for the current and queued ones, at most so long. */
	void stop(Duration atMost) throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
			this.executor.shutdownNow();
			this.executor.awaitTermination(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

}
