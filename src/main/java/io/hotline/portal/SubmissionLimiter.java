package io.hotline.portal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.hotline.platform.Problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many submissions per client address in a sliding minute; every attempt
 * counts, refused ones too.
 */
@Component
public class SubmissionLimiter {

	private static final long WINDOW_NANOS = 60_000_000_000L;

	private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

	private final int perMinute;

	SubmissionLimiter(@Value("${hotline.portal.submissions-per-minute:5}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** Counts an attempt of this client, refusing it (429) beyond the limit. */
	public void admit(String client) {
		long now = System.nanoTime();
		if (this.attempts.size() > 10_000) {
			this.attempts.values().removeIf((queue) -> {
				synchronized (queue) {
					return queue.isEmpty() || now - queue.peekLast() > WINDOW_NANOS;
				}
			});
		}
		Deque<Long> queue = this.attempts.computeIfAbsent(client, (key) -> new ArrayDeque<>());
		synchronized (queue) {
			while (!queue.isEmpty() && now - queue.peekFirst() > WINDOW_NANOS) {
				queue.pollFirst();
			}
			if (queue.size() >= this.perMinute) {
				throw Problem.tooMany("portal.too-many", this.perMinute);
			}
			queue.addLast(now);
		}
	}

	/** Forgets every attempt (for tests). */
	public void clear() {
		this.attempts.clear();
	}

}
