package io.hotline.knowledge.articles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.platform.ChangeFeeds;
import io.hotline.platform.ChangeTail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The articles other instances of a cluster publish, brought into this instance's
 * {@link KnowledgeIndex} within a second: every half second (a {@link ChangeFeeds} feed)
 * the articles whose change sequence ({@code change_seq}, set by a trigger on every
 * write) is above the last one read are read by an index range scan, and those whose
 * published version differs from the one in the search are brought in
 * ({@link KnowledgeIndex#changed}). This instance's own changes are in the search already
 * (the writer brings them in before answering) and are passed over by that comparison.
 */
@Component
class ArticlesElsewhere {

	/** Changes read in one poll at most (the next poll goes on). */
	static final int LIMIT = 500;

	/** Changes below the last one read again at the start. */
	static final int REREAD = 100;

	private final JdbcClient jdbc;

	private final KnowledgeIndex index;

	private final ChangeTail tail = new ChangeTail(Duration.ofMinutes(1));

	ArticlesElsewhere(JdbcClient jdbc, KnowledgeIndex index, ChangeFeeds feeds) {
		this.jdbc = jdbc;
		this.index = index;
		feeds.follow("knowledge", this::poll);
	}

	/** Where this instance stands in the articles' changes. */
	ChangeTail tail() {
		return this.tail;
	}

	void poll() {
		if (!this.tail.started()) {
			if (!this.index.ready()) {
				return;
			}
			// the index read every article at its start; changes committed out of order
			// or during the rebuild, just below the last one, are read again
			long last = this.jdbc.sql("select coalesce(max(change_seq), 0) from knowledge_article")
				.query(Long.class)
				.single();
			this.tail.from(Math.max(0, last - REREAD));
		}
		Map<Long, Change> read = new HashMap<>();
		this.jdbc.sql("""
				select change_seq, id, published_version from knowledge_article where change_seq > ?
				order by change_seq limit ?""").params(this.tail.position(), LIMIT).query((rs, n) -> {
			read.put(rs.getLong(1), new Change(rs.getLong(2), rs.getObject(3, Integer.class)));
			return null;
		}).list();
		Long[] awaited = this.tail.awaited();
		if (awaited.length > 0) {
			this.jdbc.sql("select change_seq, id, published_version from knowledge_article where change_seq = any(?)")
				.param(awaited)
				.query((rs, n) -> {
					read.put(rs.getLong(1), new Change(rs.getLong(2), rs.getObject(3, Integer.class)));
					return null;
				})
				.list();
		}
		List<Long> changed = new ArrayList<>();
		for (long key : this.tail.read(read.keySet())) {
			Change change = read.get(key);
			if (!changed.contains(change.id()) && !this.index.shows(change.id(), change.publishedVersion())) {
				changed.add(change.id());
			}
		}
		this.index.changed(changed);
	}

	/** An article's change: the article, and the version it publishes. */
	private record Change(long id, Integer publishedVersion) {

	}

}
