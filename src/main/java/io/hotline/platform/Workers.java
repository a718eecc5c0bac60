package io.hotline.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The platform's background workers, and Spring Boot's executor on which the listeners of
 * durable events run ({@code @ApplicationModuleListener}, counted as the
 * {@value #REACTIONS} worker in {@link #busy} and {@link #idle}). They are stopped after
 * the web server and before the database (a lifecycle phase below the web server's; the
 * data source closes only once every lifecycle has stopped), each finishing what it was
 * doing. In a command-line task that does not serve the platform ({@code task} profile)
 * nothing starts by itself: {@link #atStart} work is left out, and only what the task's
 * own work hands to a worker runs.
 */
@Component
@Order(StartupOrder.BACKGROUND)
public class Workers implements SmartLifecycle, ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Workers.class);

	/** How long stopping waits for a worker's current and queued items. */
	static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final MeterRegistry meters;

	private final FailureLog failures;

	private final boolean startsWork;

	private final List<Worker> workers = new CopyOnWriteArrayList<>();

	/** Below the web server's phases: stops once requests no longer come in. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	/** The name under which the reactions' executor is reported. */
	static final String REACTIONS = "reactions";

	private final ObjectProvider<ThreadPoolTaskExecutor> reactions;

	private volatile boolean running;

	/** The start-up items given before the start-up steps ended. */
	private final List<Runnable> startItems = new ArrayList<>();

	private boolean stepsDone;

	Workers(MeterRegistry meters, Environment environment,
			@Qualifier("applicationTaskExecutor") ObjectProvider<ThreadPoolTaskExecutor> reactions) {
		this.meters = meters;
		this.reactions = reactions;
		this.failures = new FailureLog(Clock.systemUTC());
		this.startsWork = !environment.acceptsProfiles(Profiles.of("task"));
	}

	/** A new worker of this name, taking at most {@code capacity} waiting items. */
	public Worker create(String name, int capacity) {
		Worker worker = new Worker(name, capacity, this.meters, this.failures);
		this.workers.add(worker);
		return worker;
	}

	/**
	 * Whether work that the platform starts by itself (rebuilds and catch-ups at start,
	 * in the background) runs here: not in a command-line task that does not serve.
	 */
	public boolean startsWork() {
		return this.startsWork;
	}

	/**
	 * Gives the worker this start-up item, where the platform starts work by itself: once
	 * the start-up steps have seeded what they seed (demo data), before a task runs.
	 */
	public synchronized void atStart(Worker worker, Runnable item) {
		if (!this.startsWork) {
			return;
		}
		if (this.stepsDone) {
			worker.execute(item);
		}
		else {
			this.startItems.add(() -> worker.execute(item));
		}
	}

	@Override
	public synchronized void run(ApplicationArguments args) {
		this.stepsDone = true;
		this.startItems.forEach(Runnable::run);
		this.startItems.clear();
	}

	/** The names of the workers that have not yet done what they were given. */
	public List<String> busy() {
		List<String> busy = new ArrayList<>(this.workers.stream().filter(Worker::busy).map(Worker::name).toList());
		if (reactionsBusy()) {
			busy.add(REACTIONS);
		}
		return busy;
	}

	/**
	 * Whether every worker has done what it was given, the listeners of durable events
	 * included.
	 */
	public boolean idle() {
		return this.workers.stream().noneMatch(Worker::busy) && !reactionsBusy();
	}

	/**
	 * Items waiting, on every worker and on the reactions' executor: how far behind this
	 * instance is.
	 */
	public int backlog() {
		ThreadPoolTaskExecutor executor = this.reactions.getIfAvailable();
		int waiting = (executor == null) ? 0 : executor.getQueueSize();
		return waiting + this.workers.stream().mapToInt(Worker::queued).sum();
	}

	/**
	 * Waits until the reactions given to Spring Boot's executor before this call are done
	 * (not those given meanwhile: under a steady load it is never idle), at most so long;
	 * answers whether they are.
	 */
	public boolean awaitReactionsGivenSoFar(Duration atMost) throws InterruptedException {
		ThreadPoolTaskExecutor executor = this.reactions.getIfAvailable();
		if (executor == null || !executor.isRunning()) {
			return true;
		}
		java.util.concurrent.ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
		long given = pool.getTaskCount();
		long until = System.nanoTime() + atMost.toNanos();
		while (pool.getCompletedTaskCount() < given) {
			if (System.nanoTime() > until) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}

	private boolean reactionsBusy() {
		ThreadPoolTaskExecutor executor = this.reactions.getIfAvailable();
		// a paused executor (a stopping context, or a test context the framework pauses)
		// runs nothing until it starts again: what it holds is not waited for (if the
		// instance ends, the publications are resubmitted at its next start)
		return executor != null && executor.isRunning()
				&& (executor.getActiveCount() > 0 || executor.getQueueSize() > 0);
	}

	/**
	 * Waits until every worker is idle (twice in a row, a tenth of a second apart: one
	 * worker's item may give another one work), at most so long; answers whether they
	 * are.
	 */
	public boolean awaitIdle(Duration atMost) throws InterruptedException {
		long until = System.nanoTime() + atMost.toNanos();
		int quiet = 0;
		while (quiet < 2) {
			if (System.nanoTime() > until) {
				return false;
			}
			quiet = idle() ? quiet + 1 : 0;
			if (quiet < 2) {
				Thread.sleep(20);
			}
		}
		return true;
	}

	/** Logs a failure of background work that runs on a thread of its own. */
	public void failed(String worker, RuntimeException failure) {
		if (!this.running && Worker.interrupted(failure)) {
			// stopped while it ran: not a failure of the work
			return;
		}
		this.failures.failed(worker, failure);
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Waits until every worker has done what it was given, {@link #STOP_WAIT} at most in
	 * all: after the web server stopped and before the database closes, and whenever a
	 * context is paused (the test framework pauses the contexts it caches). The workers
	 * stay usable; {@link #destroy} ends them.
	 */
	@Override
	public void stop() {
		this.running = false;
		try {
			if (!awaitIdle(STOP_WAIT)) {
				log.warn("background workers still busy after {} s: {}", STOP_WAIT.toSeconds(), busy());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ends the workers, each finishing the item it is on. */
	@Override
	public void destroy() throws InterruptedException {
		for (Worker worker : this.workers) {
			worker.stop(STOP_WAIT);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
