package io.hotline.intake.duplicate;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import io.hotline.platform.ChangeFeeds;
import io.hotline.platform.ChangeTail;
import io.hotline.workorder.OrderEvent;
import io.hotline.workorder.TimelineTail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The orders other instances of a cluster register and change, brought into this
 * instance's {@link RecentOrders} within a second: every half second (a
 * {@link ChangeFeeds} feed) the timeline entries written since the last poll are read by
 * their ids, and the orders they concern read and indexed (new ones added, indexed ones
 * given their state). The entries this instance wrote are read past: its own
 * {@link OrderEvents} indexed them (noted here as they are published, before their
 * commit).
 */
@Component
class OrdersElsewhere {

	/** Entries read in one poll at most (the next poll goes on). */
	static final int LIMIT = 5_000;

	/** Entries below the last one read again after a rebuild. */
	static final int REREAD = 2_000;

	/**
	 * How long an entry passed over is awaited (see
	 * {@link io.hotline.platform.ChangeTail}).
	 */
	static final Duration PATIENCE = Duration.ofMinutes(1);

	private final RecentOrders recent;

	private final TimelineTail timeline;

	private final boolean follows;

	OrdersElsewhere(RecentOrders recent, TimelineTail timeline, ChangeFeeds feeds) {
		this.recent = recent;
		this.timeline = timeline;
		this.follows = feeds.follows();
		feeds.follow("recent-orders", this::poll);
	}

	/**
	 * An entry this instance writes: indexed here by {@link OrderEvents}. Not noted where
	 * nothing polls (a command-line task, an index not built yet): nothing would read it
	 * past and forget it (and applying it again is harmless).
	 */
	@EventListener
	void published(OrderEvent event) {
		if (this.follows && this.recent.tail().started()) {
			this.recent.tail().own(event.eventId());
		}
	}

	void poll() {
		if (!this.recent.tail().started()) {
			// not built yet: the rebuild sets where to read from
			return;
		}
		this.recent.holding(() -> {
			ChangeTail.Mark before = this.recent.tail().mark();
			Set<Long> orders = new LinkedHashSet<>();
			for (TimelineTail.Entry entry : this.timeline.read(this.recent.tail(), LIMIT)) {
				long order = entry.orderId().value();
				if (entry.registered() || this.recent.contains(order)) {
					orders.add(order);
				}
			}
			try {
				this.recent.elsewhere(orders);
			}
			catch (RuntimeException ex) {
				// the orders could not be read: their entries are read again next time
				this.recent.tail().back(before);
				throw ex;
			}
		});
	}

}
