package io.hotline.analytics.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The settings of {@link HotspotFinder}; {@link #defaults()} are the ones tuned on the
 * 4,326 messages of the Teddy 2020 hot-spot set (see {@code docs/hotspots.md}).
 *
 * @param maxChars the characters of title + text that are embedded (the start says the
 * most; the cost grows with the length)
 * @param embeddingWeight how much of the similarity of two messages is their embeddings'
 * cosine, the rest being the cosine of their TF-IDF word vectors
 * @param neighbours the nearest messages each message is linked to (by embeddings, and by
 * words)
 * @param linkSimilarity the least similarity of two messages for a link between them
 * @param mergeSimilarity the least average similarity between the messages of two
 * clusters for them to be merged (average linkage)
 * @param minSize the fewest messages of a topic
 * @param recentWindow the recent window of the heat's growth
 * @param now the end of the recent window, or {@code null} for the time of the latest
 * message
 * @param zone the time zone of the trend's days
 */
public record HotspotParameters(int maxChars, double embeddingWeight, int neighbours, double linkSimilarity,
		double mergeSimilarity, int minSize, Duration recentWindow, Instant now, ZoneId zone) {

	public static HotspotParameters defaults() {
		return new HotspotParameters(160, 0.7, 12, 0.58, 0.52, 3, Duration.ofDays(7), null, ZoneId.of("Asia/Shanghai"));
	}

	public HotspotParameters withRecentWindow(Duration window) {
		return new HotspotParameters(this.maxChars, this.embeddingWeight, this.neighbours, this.linkSimilarity,
				this.mergeSimilarity, this.minSize, window, this.now, this.zone);
	}

	public HotspotParameters withNow(Instant end) {
		return new HotspotParameters(this.maxChars, this.embeddingWeight, this.neighbours, this.linkSimilarity,
				this.mergeSimilarity, this.minSize, this.recentWindow, end, this.zone);
	}

	public HotspotParameters withSimilarities(double link, double merge) {
		return new HotspotParameters(this.maxChars, this.embeddingWeight, this.neighbours, link, merge, this.minSize,
				this.recentWindow, this.now, this.zone);
	}

	public HotspotParameters withMinSize(int size) {
		return new HotspotParameters(this.maxChars, this.embeddingWeight, this.neighbours, this.linkSimilarity,
				this.mergeSimilarity, size, this.recentWindow, this.now, this.zone);
	}

}
