package io.hotline.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs a number of operations spread over concurrent clients, each client doing one after
 * another, and records every operation's latency; or runs clients for as long as asked,
 * each operation recording itself ({@link #whileTrue}).
 */
final class ConcurrentRun {

	/** One operation of one client; true when it succeeded. */
	interface Operation {

		boolean run(int client, long sequence) throws Exception;

	}

	/** Per-client set-up, such as opening a connection. */
	interface ClientFactory {

		Operation open(int client) throws Exception;

	}

	private ConcurrentRun() {
	}

	static Latencies run(int clients, int operations, ClientFactory factory) throws Exception {
		long[] nanos = new long[operations];
		AtomicLong next = new AtomicLong();
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients);
		Operation[] perClient = new Operation[clients];
		for (int c = 0; c < clients; c++) {
			perClient[c] = factory.open(c);
		}
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				try {
					for (long i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						boolean ok;
						try {
							ok = perClient[client].run(client, i);
						}
						catch (Exception ex) {
							ok = false;
						}
						nanos[(int) i] = System.nanoTime() - t0;
						if (!ok) {
							failures.incrementAndGet();
						}
					}
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + c);
			thread.start();
		}
		done.await();
		return new Latencies(nanos, System.nanoTime() - start, failures.get());
	}

	/**
	 * Runs the clients' operations one after another, each client on a thread of its own,
	 * until {@code go} answers false; returns when every client has finished its last
	 * one. An operation counts its own outcome: an exception it throws ends nothing.
	 */
	static void whileTrue(int clients, BooleanSupplier go, ClientFactory factory) throws Exception {
		CountDownLatch done = new CountDownLatch(clients);
		Operation[] perClient = new Operation[clients];
		for (int c = 0; c < clients; c++) {
			perClient[c] = factory.open(c);
		}
		AtomicLong next = new AtomicLong();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				try {
					while (go.getAsBoolean()) {
						try {
							perClient[client].run(client, next.getAndIncrement());
						}
						catch (Exception ex) {
							// the operation has counted it
						}
					}
				}
				finally {
					done.countDown();
				}
			}, "load-client-" + c);
			thread.start();
		}
		done.await();
	}

}
