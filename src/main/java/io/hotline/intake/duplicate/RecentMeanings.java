package io.hotline.intake.duplicate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.hotline.classification.TextEmbeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 语义查重: the sentence embeddings (bge-small-zh) of the orders of the last
 * {@link DuplicateSettings#recentDays()} days in a {@link MeaningIndex}, stored with each
 * order so that a rebuild reads them back; orders registered before (an import, the
 * demo's history) are embedded in the background, a batch at a time. Used on the
 * duplicate worker only, after registration: the agent's own check stays on words.
 */
@Component
class RecentMeanings {

	private static final Logger log = LoggerFactory.getLogger(RecentMeanings.class);

	/** The characters of title and content embedded, as measured by the benchmark. */
	static final int CHARS = 128;

	/** Orders embedded in one step of the background catch-up. */
	static final int BATCH = 32;

	private final JdbcClient jdbc;

	private final DuplicateSettings settings;

	private volatile MeaningIndex index = new MeaningIndex();

	private volatile boolean on;

	RecentMeanings(JdbcClient jdbc, DuplicateSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.on = settings.meaning();
	}

	/** Whether the check compares meanings: switched on and the model runs here. */
	boolean on() {
		return this.on;
	}

	/** Switches the comparison of meanings on or off (tests). */
	void on(boolean meaning) {
		this.on = meaning && available();
	}

	/** The text embedded for an order. */
	static String text(String title, String content) {
		return ((title == null) ? "" : title) + "。" + ((content == null) ? "" : content);
	}

	/** The order's vector, embedded and stored, and added to the index. */
	MeaningIndex.Quantized add(long orderId, Instant createdAt, String title, String content) {
		MeaningIndex.Quantized vector = MeaningIndex.Quantized.of(TextEmbeddings.embed(text(title, content), CHARS));
		store(orderId, vector);
		this.index.add(orderId, createdAt, vector);
		return vector;
	}

	List<MeaningIndex.Near> nearest(MeaningIndex.Quantized vector, long self, Instant since, double minCosine,
			int count) {
		return this.index.nearest(vector, self, since, minCosine, count);
	}

	/** The cosine of the vector with that of a recent order, if that one has a vector. */
	Optional<Double> cosine(MeaningIndex.Quantized vector, long orderId) {
		return this.index.cosine(vector, orderId);
	}

	/**
	 * Reads the stored vectors of the orders registered since then into a fresh index;
	 * nothing when meanings are off.
	 */
	void rebuild(Instant since) {
		if (!this.on) {
			return;
		}
		if (!available()) {
			this.on = false;
			return;
		}
		long started = System.nanoTime();
		MeaningIndex fresh = new MeaningIndex();
		this.jdbc
			.sql("""
					select m.order_id, o.created_at, m.scale, m.vector from order_meaning m join work_order o on o.id = m.order_id
					where o.created_at >= ? and m.model = ? order by m.order_id""")
			.params(Timestamp.from(since), TextEmbeddings.MODEL)
			.query((rs) -> {
				fresh.add(rs.getLong(1), rs.getTimestamp(2).toInstant(),
						new MeaningIndex.Quantized(rs.getFloat(3), rs.getBytes(4)));
			});
		this.index = fresh;
		log.info("recent meanings: {} stored vectors read in {} ms", fresh.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Embeds a batch of the orders registered since then that have no vector yet, those
	 * with ids below {@code below} (the newest first); answers the lowest id embedded,
	 * from which the next batch goes on, or null when there are no more.
	 */
	Long catchUp(Instant since, long below) {
		if (!this.on) {
			return null;
		}
		record Pending(long id, Instant createdAt, String title, String content) {
		}
		List<Pending> pending = this.jdbc.sql("""
				select o.id, o.created_at, o.title, left(o.content, ?) from work_order o
				where o.id < ? and o.created_at >= ?
				and not exists (select 1 from order_meaning m where m.order_id = o.id and m.model = ?)
				order by o.id desc limit ?""")
			.params(CHARS, below, Timestamp.from(since), TextEmbeddings.MODEL, BATCH)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
		for (Pending order : pending) {
			add(order.id(), order.createdAt(), order.title(), order.content());
		}
		return (pending.size() < BATCH) ? null : pending.get(pending.size() - 1).id();
	}

	int size() {
		return this.index.size();
	}

	boolean contains(long orderId) {
		return this.index.contains(orderId);
	}

	private void store(long orderId, MeaningIndex.Quantized vector) {
		this.jdbc
			.sql("""
					insert into order_meaning (order_id, model, scale, vector) values (?, ?, ?, ?)
					on conflict (order_id) do update set model = excluded.model, scale = excluded.scale, vector = excluded.vector""")
			.params(orderId, TextEmbeddings.MODEL, vector.scale(), vector.values())
			.update();
	}

	private boolean available() {
		Optional<String> why = TextEmbeddings.unavailable();
		why.ifPresent((reason) -> log.warn("duplicates are compared by words only: the embedding model cannot run ({})",
				reason));
		return why.isEmpty();
	}

}
