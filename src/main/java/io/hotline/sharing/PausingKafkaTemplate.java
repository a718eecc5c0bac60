package io.hotline.sharing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.messaging.Message;

/**
 * Spring Kafka's template, pausing after a failed send. The externalizer's listener runs
 * on the reactions' executor and waits there for the brokers' acknowledgement: while the
 * brokers cannot be reached every send would hold one of the reactions' few threads for
 * the producer's timeouts ({@code max.block.ms}, {@code delivery.timeout.ms}), and the
 * other reactions (facts, duplicates, linkage) would wait behind them. For {@link #PAUSE}
 * after a failure, sends fail at once instead: their publications stay incomplete in the
 * registry, which resubmits them every minute; the first send after the pause tries the
 * brokers again.
 */
class PausingKafkaTemplate extends KafkaTemplate<Object, Object> {

	static final Duration PAUSE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(PausingKafkaTemplate.class);

	private final long pause;

	/** When the pause ends ({@link System#nanoTime()}). */
	private volatile long resumeAt;

	private volatile boolean paused;

	PausingKafkaTemplate(ProducerFactory<Object, Object> producers, Duration pause) {
		super(producers);
		this.pause = pause.toNanos();
		this.resumeAt = System.nanoTime();
	}

	@Override
	public CompletableFuture<SendResult<Object, Object>> send(Message<?> message) {
		return unlessPaused(() -> super.send(message));
	}

	@Override
	public CompletableFuture<SendResult<Object, Object>> send(String topic, Object key, Object data) {
		return unlessPaused(() -> super.send(topic, key, data));
	}

	@Override
	public CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
		return unlessPaused(() -> super.send(record));
	}

	/** Whether sends fail at once for now. */
	boolean paused() {
		return this.paused && System.nanoTime() - this.resumeAt < 0;
	}

	private CompletableFuture<SendResult<Object, Object>> unlessPaused(
			Supplier<CompletableFuture<SendResult<Object, Object>>> send) {
		if (paused()) {
			return CompletableFuture.failedFuture(new Paused());
		}
		try {
			return send.get().whenComplete((result, failure) -> {
				if (failure != null) {
					pause(failure);
				}
				else {
					this.paused = false;
				}
			});
		}
		catch (RuntimeException ex) {
			pause(ex);
			throw ex;
		}
	}

	private void pause(Throwable failure) {
		if (!paused()) {
			log.warn("Kafka send failed ({}): order events wait in event_publication, next try in {} s",
					failure.getMessage(), Duration.ofNanos(this.pause).toSeconds());
		}
		this.resumeAt = System.nanoTime() + this.pause;
		this.paused = true;
	}

	/**
	 * A send refused during a pause: logged for each event left incomplete, so without a
	 * stack.
	 */
	static final class Paused extends KafkaException {

		Paused() {
			super("Kafka unreachable: sends paused, the event is left for the resubmission");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
