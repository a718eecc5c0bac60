package io.hotline.province.city;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.province.NodeSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A city sends what changed to its province (decision 0015), once in a cluster: every
 * {@code hotline.node.send-ms} the outbox in batches, as long as full batches come (at
 * most 20 s a round, so a city back after an outage catches up without pausing), fewer
 * orders at once where long texts make a batch larger than the province takes; an empty
 * batch every 10 s when nothing changed, so the province knows the city is there; its
 * catalog when the province holds another one; every 10 minutes, once its outbox is
 * empty, its count of orders, and every order again if the province has fewer; every 2 s
 * it pulls what the province asks of its orders ({@link ProvinceCommands}). A province
 * out of reach is tried again after 1, 2, 4 … 30 s, logged when it goes and when it comes
 * back.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!task & !serving-task")
@EnableScheduling
@Conditional(CityOfAProvince.class)
class CitySender {

	private static final Logger log = LoggerFactory.getLogger(CitySender.class);

	private static final Duration ROUND = Duration.ofSeconds(20);

	private static final Duration HEARTBEAT = Duration.ofSeconds(10);

	private static final Duration COMPARISON = Duration.ofMinutes(10);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private static final Duration PULL = Duration.ofSeconds(2);

	/** How often the city's surge is reported (多援一). */
	static final Duration SURGE = Duration.ofSeconds(10);

	private final OrderSnapshots snapshots;

	private final CatalogSource catalog;

	private final ProvinceClient province;

	private final ProvinceCommands commands;

	private final NodeSettings settings;

	private final Clock clock;

	private Instant lastCall = Instant.EPOCH;

	private Instant lastComparison = Instant.EPOCH;

	private Instant lastPull = Instant.EPOCH;

	private Instant lastSurge = Instant.EPOCH;

	private Instant pausedUntil = Instant.EPOCH;

	private Duration pause = Duration.ZERO;

	private Instant failingSince;

	private final CitySurge surge;

	CitySender(OrderSnapshots snapshots, CatalogSource catalog, ProvinceClient province, ProvinceCommands commands,
			CitySurge surge, NodeSettings settings, Clock clock) {
		this.snapshots = snapshots;
		this.surge = surge;
		this.catalog = catalog;
		this.province = province;
		this.commands = commands;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hotline.node.send-ms:1000}", initialDelayString = "${hotline.node.send-ms:1000}")
	@SchedulerLock(name = "node-sender", lockAtMostFor = "PT2M")
	void send() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.pausedUntil)) {
			return;
		}
		try {
			int sent = round(now);
			if (!now.isBefore(this.lastPull.plus(PULL))) {
				this.commands.exchange();
				this.lastPull = now;
			}
			if (!now.isBefore(this.lastSurge.plus(SURGE))) {
				this.surge.report();
				this.lastSurge = now;
			}
			if (this.failingSince != null) {
				log.info("the province at {} answers again (out of reach since {}); {} orders sent",
						this.settings.provinceUrl(), this.failingSince, sent);
				this.failingSince = null;
			}
			this.pause = Duration.ZERO;
		}
		catch (IOException | RuntimeException ex) {
			failed(now, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private int round(Instant started) throws IOException, InterruptedException {
		this.snapshots.queueWrittenWithoutEvents(10_000);
		boolean compare = !started.isBefore(this.lastComparison.plus(COMPARISON));
		int sent = 0;
		int size = this.settings.batch();
		while (this.clock.instant().isBefore(started.plus(ROUND))) {
			List<OrderSnapshots.Queued> queued = this.snapshots.next(size);
			boolean heartbeat = !started.isBefore(this.lastCall.plus(HEARTBEAT));
			if (queued.isEmpty() && !heartbeat && !compare) {
				break;
			}
			Long count = compare ? this.snapshots.orderCount() : null;
			long backlog = Math.max(0, this.snapshots.backlog() - queued.size());
			if (backlog > 0) {
				// the province cannot hold them all yet: compared once the outbox is
				// empty
				count = null;
			}
			NodeMessages.Batch batch = this.snapshots.read(queued, (int) Math.min(Integer.MAX_VALUE, backlog), count);
			NodeMessages.Answer answer;
			try {
				answer = this.province.post("/api/node/orders", batch, NodeMessages.Answer.class);
			}
			catch (ProvinceClient.TooLarge ex) {
				if (size == 1) {
					throw ex;
				}
				size = Math.max(1, size / 2);
				continue;
			}
			this.snapshots.sent(queued);
			this.lastCall = this.clock.instant();
			sent += queued.size();
			if (count != null) {
				this.lastComparison = this.lastCall;
				if (answer.orderCount() != null && count != null && answer.orderCount() < count) {
					log.warn("the province holds {} of this city's {} orders: every order is sent again",
							answer.orderCount(), count);
					this.snapshots.queueAllAgain();
				}
				compare = false;
			}
			sendCatalogIfChanged(answer.catalogHash());
			if (queued.size() < size) {
				break;
			}
		}
		return sent;
	}

	private void sendCatalogIfChanged(String held) throws IOException, InterruptedException {
		NodeMessages.Catalog own = this.catalog.cached(this.clock.instant());
		if (!own.hash().equals(held)) {
			this.province.post("/api/node/catalog", this.catalog.catalog(), NodeMessages.Answer.class);
			this.catalog.forget();
		}
	}

	private void failed(Instant now, Exception ex) {
		this.pause = this.pause.isZero() ? Duration.ofSeconds(1) : min(this.pause.multipliedBy(2), LONGEST_PAUSE);
		this.pausedUntil = now.plus(this.pause);
		if (this.failingSince == null) {
			this.failingSince = now;
			log.warn("the province at {} is out of reach ({}); this city's changes wait in its outbox and are sent "
					+ "when it answers again", this.settings.provinceUrl(), ex.toString());
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
