package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The soak's orders on their way through the lifecycle, each stage a queue that the next
 * person takes from: numbers that citizens were given (portal, Open311) until a
 * dispatcher finds their order, then registered, dispatched, handling, replied orders,
 * and closed portal orders their citizen may rate. Bounded, so that the load generator's
 * own memory does not grow with the run.
 */
final class SoakPipeline {

	/**
	 * An order as its next actor knows it: the version to act on, the unit, the token.
	 */
	record Order(long id, int version, int unit, String token) {

		Order withVersion(int newVersion) {
			return new Order(this.id, newVersion, this.unit, this.token);
		}

		Order at(int newUnit, int newVersion) {
			return new Order(this.id, newVersion, newUnit, this.token);
		}

	}

	/**
	 * A number given to a citizen, with the portal's private token (null for Open311).
	 */
	record Receipt(String number, String token) {

	}

	/** Orders waiting to be found or dispatched beyond which new orders wait. */
	static final int WAITING = 200;

	private static final int QUEUE = 1_000;

	final BlockingQueue<Receipt> numbers = new LinkedBlockingQueue<>(QUEUE);

	final BlockingQueue<Order> registered = new LinkedBlockingQueue<>(QUEUE);

	final BlockingQueue<Order> dispatched = new LinkedBlockingQueue<>(QUEUE);

	final BlockingQueue<Order> handling = new LinkedBlockingQueue<>(QUEUE);

	final BlockingQueue<Order> replied = new LinkedBlockingQueue<>(QUEUE);

	final BlockingQueue<Order> rateable = new LinkedBlockingQueue<>(QUEUE);

	private final Ring tokens = new Ring(256);

	private final Ring open311Numbers = new Ring(64);

	/** Whether enough new orders wait for a dispatcher already. */
	boolean full() {
		return this.numbers.size() + this.registered.size() >= WAITING;
	}

	void tracked(String token) {
		this.tokens.add(token);
	}

	/** A recent portal token, null before the first. */
	String anyToken() {
		return this.tokens.any();
	}

	void open311(String number) {
		this.open311Numbers.add(number);
	}

	/** Up to ten recent Open311 numbers. */
	List<String> recentOpen311(int count) {
		return this.open311Numbers.latest(count);
	}

	/** The last so many items added, newest first. */
	private static final class Ring {

		private final AtomicReferenceArray<String> items;

		private final AtomicLong next = new AtomicLong();

		Ring(int size) {
			this.items = new AtomicReferenceArray<>(size);
		}

		void add(String item) {
			this.items.set((int) (this.next.getAndIncrement() % this.items.length()), item);
		}

		String any() {
			long added = Math.min(this.next.get(), this.items.length());
			return (added == 0) ? null : this.items.get(ThreadLocalRandom.current().nextInt((int) added));
		}

		List<String> latest(int count) {
			List<String> latest = new ArrayList<>(count);
			for (long i = this.next.get() - 1; i >= 0 && latest.size() < count
					&& i > this.next.get() - 1 - this.items.length(); i--) {
				String item = this.items.get((int) (i % this.items.length()));
				if (item != null) {
					latest.add(item);
				}
			}
			return latest;
		}

	}

}
