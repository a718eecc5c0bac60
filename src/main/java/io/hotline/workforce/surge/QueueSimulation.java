package io.hotline.workforce.surge;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;

/**
 * A discrete-event simulation of one day of a call centre's queue: Poisson arrivals at
 * each interval's rate, one first-come-first-served queue, exponential handling and
 * patience, the rostered agents interval by interval, and the surge measures once the
 * trigger switches them on. The arrivals come from their own seeded random stream, so a
 * day with and without the measures sees the same callers.
 *
 * <p>
 * Rules: callers who leave a number keep their place (ordered by when they entered the
 * queue); an agent of the hotline (on site or a cloud seat) takes the oldest of the live
 * callers and callbacks; partner agents take only live callers, and only while they have
 * answered at most their share of the calls. At the end of the day no one calls in any
 * more; the agents of the last interval and the cloud seats stay on to make the callbacks
 * until the last promise runs out; partners stop.
 */
final class QueueSimulation {

	private static final double TARGET_SECONDS = 20;

	/** The share of the promise that the queue ahead must fit in to offer a callback. */
	private static final double SAFETY = 0.9;

	private enum Kind {

		ARRIVAL, ABANDON, OWN_DONE, PARTNER_DONE, RETRY, STAFF, CHECK, CLOUD, CLOUD_OFF, CLOSE, END

	}

	private record Event(double time, long seq, Kind kind, Entry entry, int value) {

	}

	private static final class Entry {

		final long id;

		final double entered;

		boolean callback;

		boolean done;

		int tries;

		Entry(long id, double entered) {
			this.id = id;
			this.entered = entered;
		}

	}

	private static final Comparator<Entry> ARRIVAL_ORDER = Comparator.<Entry>comparingDouble((e) -> e.entered)
		.thenComparingLong((e) -> e.id);

	private final DayPlan plan;

	private final SurgeMeasures measures;

	private final Callers callers;

	private final Random chance;

	private final PriorityQueue<Event> events = new PriorityQueue<>(
			Comparator.comparingDouble(Event::time).thenComparingLong(Event::seq));

	private final TreeSet<Entry> live = new TreeSet<>(ARRIVAL_ORDER);

	private final TreeSet<Entry> callbacks = new TreeSet<>(ARRIVAL_ORDER);

	private final int[] arrivals;

	private long seq;

	private int retrying;

	private double now;

	private int ownStaff;

	private int cloudStaff;

	private int ownBusy;

	private int partnerStaff;

	private int partnerBusy;

	private double surgeSince = -1;

	private long offered;

	private long deflected;

	private long answered;

	private long answeredWithinTarget;

	private long answeredInPromise;

	private long partnerAnswered;

	private long abandoned;

	private long callbacksLeft;

	private long calledBackInTime;

	private long calledBackLate;

	private long unreached;

	private QueueSimulation(DayPlan plan, SurgeMeasures measures, Callers callers) {
		this.plan = plan;
		this.measures = measures;
		this.callers = callers;
		this.chance = new Random(callers.seed() + 1);
		this.arrivals = new int[plan.intervals()];
	}

	static DayOutcome run(DayPlan plan, SurgeMeasures measures, Callers callers) {
		return new QueueSimulation(plan, measures, callers).simulate();
	}

	private DayOutcome simulate() {
		Random arrivalStream = new Random(this.callers.seed());
		double length = this.plan.intervalSeconds();
		for (int i = 0; i < this.plan.intervals(); i++) {
			double rate = this.plan.expectedCalls()[i] / length;
			if (rate > 0) {
				double t = i * length + exponential(arrivalStream, 1 / rate);
				while (t < (i + 1) * length) {
					schedule(t, Kind.ARRIVAL, null, 0);
					t += exponential(arrivalStream, 1 / rate);
				}
			}
			schedule(i * length, Kind.STAFF, null, this.plan.agents()[i]);
			schedule((i + 1) * length, Kind.CHECK, null, i);
		}
		schedule(this.plan.closesAt(), Kind.CLOSE, null, 0);
		if (this.measures.callbackQueue().on()) {
			schedule(this.plan.closesAt() + promiseSeconds(), Kind.END, null, 0);
		}
		while (!this.events.isEmpty()) {
			Event event = this.events.poll();
			handle(event);
			dispatch(event.time());
		}
		return new DayOutcome(this.offered, this.deflected, this.answered, this.answeredWithinTarget,
				this.answeredInPromise, this.partnerAnswered, this.abandoned, this.callbacksLeft, this.calledBackInTime,
				this.calledBackLate, this.unreached, this.surgeSince);
	}

	private void handle(Event event) {
		double now = event.time();
		this.now = now;
		switch (event.kind()) {
			case ARRIVAL -> arrive(now);
			case ABANDON -> giveUp(event.entry());
			case OWN_DONE -> this.ownBusy--;
			case PARTNER_DONE -> this.partnerBusy--;
			case RETRY -> {
				this.retrying--;
				this.callbacks.add(event.entry());
			}
			case STAFF -> this.ownStaff = event.value();
			case CHECK -> check(now, event.value());
			case CLOUD -> this.cloudStaff = this.measures.cloudSeats().seats();
			case CLOUD_OFF -> this.cloudStaff = 0;
			case CLOSE -> this.partnerStaff = 0;
			case END -> {
				this.ownStaff = 0;
				this.cloudStaff = 0;
			}
		}
	}

	private void arrive(double now) {
		this.arrivals[Math.min(this.plan.intervals() - 1, (int) (now / this.plan.intervalSeconds()))]++;
		this.offered++;
		if (surge() && this.measures.deflection().on()
				&& this.chance.nextDouble() < this.measures.deflection().share()) {
			this.deflected++;
			return;
		}
		Entry entry = new Entry(this.offered, now);
		if (this.ownStaff + this.cloudStaff <= this.ownBusy + this.live.size() + this.callbacks.size()
				&& offersCallback(entry)) {
			leaveNumber(entry);
			return;
		}
		this.live.add(entry);
		if (Double.isFinite(this.callers.patienceSeconds())) {
			schedule(now + exponential(this.chance, this.callers.patienceSeconds()), Kind.ABANDON, entry, 0);
		}
	}

	private void giveUp(Entry entry) {
		if (entry.done || !this.live.remove(entry)) {
			return;
		}
		if (offersCallback(entry)) {
			leaveNumber(entry);
		}
		else {
			this.abandoned++;
		}
	}

	private void leaveNumber(Entry entry) {
		entry.callback = true;
		this.callbacksLeft++;
		this.callbacks.add(entry);
	}

	/**
	 * A callback is offered only while the queue ahead (live callers and callbacks) can
	 * be worked through by the hotline's agents (the roster's, then the last interval's,
	 * and the cloud seats) before the caller's promise runs out.
	 */
	private boolean promiseCanBeKept(Entry entry) {
		double deadline = entry.entered + SAFETY * promiseSeconds();
		double perCaller = this.callers.handlingSeconds()
				+ (1 - this.callers.reachShare()) * this.callers.failedCallSeconds();
		double work = (this.live.size() + this.callbacks.size() + this.retrying + this.ownBusy) * perCaller;
		double t = this.now;
		double length = this.plan.intervalSeconds();
		while (work > 0 && t < deadline) {
			int interval = (int) (t / length);
			int agents = this.plan.agents()[Math.min(interval, this.plan.intervals() - 1)] + this.cloudStaff;
			double end = interval < this.plan.intervals() ? Math.min(deadline, (interval + 1) * length) : deadline;
			work -= Math.max(1, agents) * (end - t);
			t = end;
		}
		return work <= 0;
	}

	private boolean offersCallback(Entry entry) {
		return surge() && this.measures.callbackQueue().on() && promiseCanBeKept(entry)
				&& this.chance.nextDouble() < this.callers.leaveNumberShare();
	}

	/**
	 * At the end of each interval: the contacts of the trigger's window against the
	 * forecast.
	 */
	private void check(double now, int interval) {
		if (surge() || !this.measures.anyOn()) {
			return;
		}
		SurgeMeasures.Trigger trigger = this.measures.trigger();
		int window = Math.max(1, trigger.minutes() / this.plan.intervalMinutes());
		if (interval + 1 < window) {
			return;
		}
		double observed = 0;
		double forecast = 0;
		for (int i = interval - window + 1; i <= interval; i++) {
			observed += this.arrivals[i];
			forecast += this.plan.forecastCalls()[i];
		}
		if (observed > trigger.factor() * forecast) {
			this.surgeSince = now;
			if (this.measures.cloudSeats().on()) {
				double from = now + this.measures.cloudSeats().afterMinutes() * 60.0;
				schedule(from, Kind.CLOUD, null, 0);
				schedule(from + this.measures.cloudSeats().hours() * 3600.0, Kind.CLOUD_OFF, null, 0);
			}
			if (this.measures.overflow().on() && now < this.plan.closesAt()) {
				this.partnerStaff = this.measures.overflow().agents();
			}
		}
	}

	private void dispatch(double now) {
		while (true) {
			Entry oldest = older(first(this.live), first(this.callbacks));
			if (oldest != null && this.ownStaff + this.cloudStaff > this.ownBusy) {
				serve(oldest, now);
			}
			else if (!this.live.isEmpty() && partnerMayTake()) {
				answer(this.live.first(), now, true);
			}
			else {
				return;
			}
		}
	}

	private boolean partnerMayTake() {
		return this.partnerStaff > this.partnerBusy
				&& this.partnerAnswered + 1 <= this.measures.overflow().share() * (this.answered + 1);
	}

	private void serve(Entry entry, double now) {
		if (!entry.callback) {
			answer(entry, now, false);
			return;
		}
		this.callbacks.remove(entry);
		entry.tries++;
		this.ownBusy++;
		if (this.chance.nextDouble() < this.callers.reachShare()) {
			entry.done = true;
			if (now - entry.entered <= promiseSeconds()) {
				this.calledBackInTime++;
			}
			else {
				this.calledBackLate++;
			}
			schedule(now + exponential(this.chance, this.callers.handlingSeconds()), Kind.OWN_DONE, null, 0);
			return;
		}
		schedule(now + this.callers.failedCallSeconds(), Kind.OWN_DONE, null, 0);
		if (entry.tries < this.measures.callbackQueue().maxTries()) {
			this.retrying++;
			schedule(now + this.measures.callbackQueue().retryMinutes() * 60.0, Kind.RETRY, entry, 0);
		}
		else {
			this.unreached++;
		}
	}

	private void answer(Entry entry, double now, boolean partner) {
		this.live.remove(entry);
		entry.done = true;
		this.answered++;
		double waited = now - entry.entered;
		if (waited <= TARGET_SECONDS) {
			this.answeredWithinTarget++;
		}
		if (waited <= promiseSeconds()) {
			this.answeredInPromise++;
		}
		double handling = exponential(this.chance, this.callers.handlingSeconds());
		if (partner) {
			this.partnerAnswered++;
			this.partnerBusy++;
			schedule(now + handling, Kind.PARTNER_DONE, null, 0);
		}
		else {
			this.ownBusy++;
			schedule(now + handling, Kind.OWN_DONE, null, 0);
		}
	}

	private boolean surge() {
		return this.surgeSince >= 0;
	}

	private double promiseSeconds() {
		return this.measures.callbackQueue().promiseMinutes() * 60.0;
	}

	private void schedule(double time, Kind kind, Entry entry, int value) {
		this.events.add(new Event(time, this.seq++, kind, entry, value));
	}

	private static Entry first(TreeSet<Entry> entries) {
		return entries.isEmpty() ? null : entries.first();
	}

	private static Entry older(Entry a, Entry b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return ARRIVAL_ORDER.compare(a, b) <= 0 ? a : b;
	}

	private static double exponential(Random random, double mean) {
		return -mean * Math.log(1 - random.nextDouble());
	}

}
