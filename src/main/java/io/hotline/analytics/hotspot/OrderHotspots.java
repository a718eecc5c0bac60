package io.hotline.analytics.hotspot;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.platform.Worker;
import io.hotline.platform.Workers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 热点 of the platform's own orders: the topics of the last {@value #DAYS} days (at most
 * {@value #MOST} orders, the newest), the last week as the recent window, found every
 * hour and kept until the next finding. The first finding starts with the platform, in
 * the background (its models take a while to load), so that the cockpit and the reports
 * find topics ready; a request before it waits for it.
 */
@Component
public class OrderHotspots {

	static final int DAYS = 30;

	static final int MOST = 5_000;

	/** The topics shown: the hottest. */
	static final int TOPICS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean atStart;

	private volatile Snapshot current;

	private final Workers workers;

	private final Worker first;

	public OrderHotspots(JdbcClient jdbc, Clock clock,
			@Value("${hotline.analytics.hotspots-at-start:true}") boolean atStart, Workers workers) {
		this.workers = workers;
		this.first = workers.create("hotspots", 10);
		this.jdbc = jdbc;
		this.clock = clock;
		this.atStart = atStart;
	}

	@EventListener(ApplicationStartedEvent.class)
	void started() {
		if (this.atStart) {
			this.workers.atStart(this.first, this::hourly);
		}
	}

	/** The topics kept, found now if there are none. */
	public Snapshot current() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? snapshot : refresh();
	}

	// on every instance of a cluster, no scheduler lock: each rebuilds what it holds in
	// memory
	@Scheduled(cron = "${hotline.analytics.hotspot-cron:0 5 * * * *}")
	void hourly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// the last ones stay
			this.workers.failed("hotspots", ex);
		}
	}

	/** Finds the topics of the orders now and keeps them. */
	public synchronized Snapshot refresh() {
		Instant now = this.clock.instant();
		Map<String, String[]> orders = new HashMap<>();
		List<HotMessage> messages = new ArrayList<>();
		this.jdbc.sql("""
				select id, number, title, content, address, created_at from work_order
				where created_at >= ? and created_at <= ? order by created_at desc limit ?""")
			.params(Timestamp.from(now.minus(Duration.ofDays(DAYS))), Timestamp.from(now), MOST)
			.query((rs) -> {
				String id = Long.toString(rs.getLong("id"));
				orders.put(id, new String[] { rs.getString("number"), rs.getString("title") });
				messages.add(new HotMessage(id, rs.getString("title"), rs.getString("content"), rs.getString("address"),
						rs.getTimestamp("created_at").toInstant(), 1));
			});
		HotspotParameters parameters = HotspotParameters.defaults().withNow(now).withRecentWindow(Duration.ofDays(7));
		HotspotReport report = messages.isEmpty() ? null : new HotspotFinder(parameters).find(messages);
		List<TopicView> topics = new ArrayList<>();
		if (report != null) {
			for (Topic topic : report.topics().stream().limit(TOPICS).toList()) {
				topics.add(TopicView.of(topic, orders));
			}
		}
		Snapshot snapshot = new Snapshot(now, messages.size(), topics);
		this.current = snapshot;
		return snapshot;
	}

	/** The topics found at {@code at} among {@code orders} orders. */
	public record Snapshot(Instant at, int orders, List<TopicView> topics) {

	}

	/** A topic as the cockpit and the reports show it. */
	public record TopicView(String id, int size, List<String> keywords, List<String> places, String status, double heat,
			String why, Instant first, Instant last, List<Point> trend, List<Case> cases) {

		static TopicView of(Topic topic, Map<String, String[]> orders) {
			List<Case> cases = new ArrayList<>();
			for (HotMessage m : topic.typical()) {
				String[] order = orders.getOrDefault(m.id(), new String[] { "", "" });
				cases.add(new Case(Long.parseLong(m.id()), order[0], (order[1] == null) ? m.text() : order[1]));
			}
			List<Point> trend = topic.trend().stream().map((p) -> new Point(p.start(), p.messages())).toList();
			return new TopicView(topic.id(), topic.size(), topic.words(), topic.placeNames(), topic.status().name(),
					Math.round(topic.heat().score() * 100) / 100.0, topic.heat().explain(), topic.first(), topic.last(),
					trend, cases);
		}

	}

	public record Point(LocalDate start, int orders) {

	}

	public record Case(long orderId, String number, String title) {

	}

}
