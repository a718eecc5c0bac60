package io.hotline.analytics.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows topics over time: the topics of an earlier period and of a later one are
 * matched one to one, the most alike first, where they are alike enough; a matched topic
 * keeps the earlier one's id, and its rate (messages a day) says whether it grew or
 * shrank.
 * <p>
 * Two topics are alike by {@code 0.5·cos(centroids) + 0.25·keywords + 0.25·places}: the
 * Jaccard index of their keywords, and how much their places agree, weighed by the share
 * of messages naming each ({@code 0.6·cos + 0.4·keywords} where neither names a place;
 * without embeddings, the words and places alone). Embedding centroids of two 12345
 * topics are rarely far apart (all are complaints to a city, and two water outages are
 * nearly the same text), so the words and above all the places keep the same complaint in
 * two 小区 apart: a new outage in one 小区 is new, not the growth of the odd outages
 * elsewhere.
 */
public final class TopicTracker {

	/** The least similarity of two topics to be taken for the same. */
	public static final double SAME_TOPIC = 0.55;

	private TopicTracker() {
	}

	public static List<TopicChange> track(HotspotReport earlier, HotspotReport later) {
		List<Topic> before = earlier.topics();
		List<Topic> after = later.topics();
		List<double[]> pairs = new ArrayList<>();
		for (int a = 0; a < before.size(); a++) {
			for (int b = 0; b < after.size(); b++) {
				double s = similarity(before.get(a), after.get(b));
				if (s >= SAME_TOPIC) {
					pairs.add(new double[] { s, a, b });
				}
			}
		}
		pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0])
			.thenComparingDouble((p) -> p[1])
			.thenComparingDouble((p) -> p[2]));
		Set<Integer> usedBefore = new HashSet<>();
		Set<Integer> usedAfter = new HashSet<>();
		List<TopicChange> changes = new ArrayList<>();
		for (double[] pair : pairs) {
			int a = (int) pair[1];
			int b = (int) pair[2];
			if (usedBefore.contains(a) || usedAfter.contains(b)) {
				continue;
			}
			usedBefore.add(a);
			usedAfter.add(b);
			Topic from = before.get(a);
			Topic to = after.get(b);
			double ratio = (to.size() / later.days()) / (from.size() / earlier.days());
			TopicChange.Change change = (ratio >= 1.5) ? TopicChange.Change.GROWING
					: (ratio <= 2 / 3.0) ? TopicChange.Change.SHRINKING : TopicChange.Change.STEADY;
			changes.add(new TopicChange(from.id(), change, from, to, pair[0], ratio));
		}
		for (int b = 0; b < after.size(); b++) {
			if (!usedAfter.contains(b)) {
				changes.add(new TopicChange(after.get(b).id(), TopicChange.Change.NEW, null, after.get(b), 0, 0));
			}
		}
		for (int a = 0; a < before.size(); a++) {
			if (!usedBefore.contains(a)) {
				changes.add(new TopicChange(before.get(a).id(), TopicChange.Change.GONE, before.get(a), null, 0, 0));
			}
		}
		return changes;
	}

	/** How alike two topics are, from 0 to 1. */
	public static double similarity(Topic a, Topic b) {
		Set<String> x = new HashSet<>(a.words());
		Set<String> y = new HashSet<>(b.words());
		Set<String> union = new HashSet<>(x);
		union.addAll(y);
		x.retainAll(y);
		double words = union.isEmpty() ? 0 : x.size() / (double) union.size();
		boolean placed = !a.places().isEmpty() || !b.places().isEmpty();
		double places = placed ? placeOverlap(a, b) : 0;
		if (a.centroid() == null || b.centroid() == null) {
			return placed ? 0.5 * words + 0.5 * places : words;
		}
		double cosine = HotspotFinder.dot(a.centroid(), b.centroid());
		return placed ? 0.5 * cosine + 0.25 * words + 0.25 * places : 0.6 * cosine + 0.4 * words;
	}

	/**
	 * How much the two topics' places agree: the sum over places of the smaller of the
	 * two shares of messages naming it, over the larger of the two totals of shares.
	 */
	static double placeOverlap(Topic a, Topic b) {
		java.util.Map<String, Double> shares = new java.util.HashMap<>();
		double totalA = 0;
		for (Topic.Place place : a.places()) {
			double share = place.messages() / (double) a.size();
			shares.put(place.name(), share);
			totalA += share;
		}
		double totalB = 0;
		double common = 0;
		for (Topic.Place place : b.places()) {
			double share = place.messages() / (double) b.size();
			totalB += share;
			common += Math.min(share, shares.getOrDefault(place.name(), 0.0));
		}
		double total = Math.max(totalA, totalB);
		return (total > 0) ? common / total : 0;
	}

}
