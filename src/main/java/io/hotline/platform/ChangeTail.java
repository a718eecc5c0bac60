package io.hotline.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an instance stands in a growing key that every instance of a cluster writes (the
 * timeline's ids, the knowledge articles' change sequence): the highest key read, and the
 * keys below it not read yet. A sequence value is taken when a row is written, not when
 * its transaction commits, so a key can become visible after a higher one: a key passed
 * over is awaited, and read by itself at each poll, until it comes or {@code patience}
 * has passed (its transaction rolled back, or took longer than any write here does; the
 * nightly rebuild covers that). This is the high-water mark with stale gaps of event
 * stores that poll PostgreSQL (Marten's async daemon). Keys this instance wrote itself
 * ({@link #own}) are read past, not handed out again. Thread-safe.
 */
public final class ChangeTail {

	/**
	 * At most so many keys awaited: a jump of the key (a sequence's values lost in a
	 * crash or failover) is not a gap worth reading key by key.
	 */
	static final int MOST_AWAITED = 10_000;

	private final Duration patience;

	private volatile boolean started;

	private long position;

	/** The keys awaited, with the time (nanos) each was passed over. */
	private final TreeMap<Long, Long> awaited = new TreeMap<>();

	/** Keys this instance wrote and has not read yet. */
	private final Set<Long> own = ConcurrentHashMap.newKeySet();

	public ChangeTail(Duration patience) {
		this.patience = patience;
	}

	/** Whether a position was set ({@link #from}). */
	public boolean started() {
		return this.started;
	}

	/** The highest key read. */
	public synchronized long position() {
		return this.position;
	}

	/** The keys below the position that are still awaited, lowest first. */
	public synchronized Long[] awaited() {
		return this.awaited.keySet().toArray(Long[]::new);
	}

	/**
	 * Reads from after this key on, if it is below the position (or none was set): the
	 * keys above it are read again, and keys awaited above it are no longer awaited one
	 * by one.
	 */
	public synchronized void from(long key) {
		if (!this.started || key < this.position) {
			this.started = true;
			this.position = key;
			this.awaited.tailMap(key, false).clear();
		}
	}

	/** Where the tail stands now, to go {@link #back} to. */
	public synchronized Mark mark() {
		return new Mark(this.position, new TreeMap<>(this.awaited));
	}

	/**
	 * Goes back to where the tail stood: what was read since is read again (the changes
	 * it brought could not be applied).
	 */
	public synchronized void back(Mark mark) {
		this.position = mark.position();
		this.awaited.clear();
		this.awaited.putAll(mark.awaited());
	}

	/**
	 * Notes a key this instance wrote (before its transaction commits): it is applied
	 * here already, and read past.
	 */
	public void own(long key) {
		this.own.add(key);
	}

	/**
	 * Takes the keys a poll read (those above the position and those awaited), in any
	 * order, and answers those to apply: the keys not written by this instance, lowest
	 * first. Keys passed over are awaited from now on; keys awaited longer than the
	 * patience are given up.
	 */
	public synchronized List<Long> read(Collection<Long> keys) {
		long now = System.nanoTime();
		List<Long> sorted = new ArrayList<>(keys);
		sorted.sort(null);
		List<Long> fresh = new ArrayList<>(sorted.size());
		for (long key : sorted) {
			if (this.awaited.remove(key) == null) {
				if (key <= this.position) {
					// read already (a poll that overlapped a rewind)
					continue;
				}
				for (long gap = Math.max(this.position + 1, key - MOST_AWAITED); gap < key; gap++) {
					this.awaited.put(gap, now);
				}
				this.position = key;
			}
			if (!this.own.remove(key)) {
				fresh.add(key);
			}
		}
		long patience = this.patience.toNanos();
		this.awaited.values().removeIf((since) -> now - since > patience);
		while (this.awaited.size() > MOST_AWAITED) {
			this.awaited.pollFirstEntry();
		}
		// an own key read past and not awaited will not come (its transaction rolled
		// back)
		this.own.removeIf((key) -> key <= this.position && !this.awaited.containsKey(key));
		return fresh;
	}

	/** A position and the keys then awaited. */
	public record Mark(long position, Map<Long, Long> awaited) {

	}

}
