package io.hotline.intake.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The recent orders in memory, for duplicate detection: an inverted index of their
 * character pairs (with each pair's count in each order) and their callers. Two messages
 * are as alike as the cosine of their pairs' weights, (1 + ln count) × idf, where idf =
 * ln((N + 1) / (df + 1)) over the N orders indexed: pairs that many orders share (A市, 小区,
 * 投诉) weigh little, a compound's or a company's name much. A search first adds up the
 * rarer pairs' products to pick the likely orders, then scores those exactly. Safe for
 * many readers and one writer.
 */
final class RecentIndex {

	/** Orders whose partial sums are scored exactly. */
	static final int SHORTLIST = 64;

	/**
	 * Pairs in more than this share of the orders are left out of the first pass (they
	 * still count in the exact score).
	 */
	static final double COMMON_SHARE = 0.05;

	/** The rarest pairs of the query that pick the likely orders. */
	static final int FIRST_PASS_TERMS = 48;

	/** Each searching thread's sums of the first pass, zeroed after each search. */
	private static final ThreadLocal<float[]> SUMS = ThreadLocal.withInitial(() -> new float[1024]);

	/** 1 + ln(count), by count. */
	private static final float[] TF = new float[128];

	static {
		for (int count = 1; count < TF.length; count++) {
			TF[count] = (float) (1 + Math.log(count));
		}
	}

	/** A shared run longer than this is cut in the words shown. */
	static final int WORD_CHARS = 12;

	/** Of one caller's orders, the most recent so many are compared. */
	static final int PER_CALLER = 50;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, Integer> termIds = new HashMap<>();

	private final List<String> terms = new ArrayList<>();

	private int[] df = new int[1024];

	private int[][] postings = new int[1024][];

	private byte[][] postingCounts = new byte[1024][];

	private int[] postingSizes = new int[1024];

	private final List<Indexed> orders = new ArrayList<>();

	private final List<int[]> orderTerms = new ArrayList<>();

	private final List<byte[]> orderCounts = new ArrayList<>();

	private final Map<Long, Integer> slots = new HashMap<>();

	private final Map<String, List<Integer>> byCaller = new HashMap<>();

	/** How many orders are indexed. */
	int size() {
		this.lock.readLock().lock();
		try {
			return this.orders.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	boolean contains(long orderId) {
		this.lock.readLock().lock();
		try {
			return this.slots.containsKey(orderId);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Adds an order; true if it was new (an order indexed already only changes its
	 * state).
	 */
	boolean add(Indexed order) {
		Map<String, Integer> counts = counts(Bigrams.of(order.title(), order.content()));
		this.lock.writeLock().lock();
		try {
			Integer existing = this.slots.get(order.orderId());
			if (existing != null) {
				this.orders.set(existing, order.with(order.status(), order.closedAt(), order.satisfaction()));
				return false;
			}
			int slot = this.orders.size();
			int[] ids = new int[counts.size()];
			byte[] tfs = new byte[counts.size()];
			int i = 0;
			for (Map.Entry<String, Integer> term : counts.entrySet()) {
				int id = this.termIds.computeIfAbsent(term.getKey(), this::newTerm);
				ids[i] = id;
				tfs[i] = (byte) Math.min(127, term.getValue());
				post(id, slot, tfs[i]);
				i++;
			}
			// the text itself is not kept: the pairs are all that is compared
			this.orders.add(order.with(order.status(), order.closedAt(), order.satisfaction()));
			this.orderTerms.add(ids);
			this.orderCounts.add(tfs);
			this.slots.put(order.orderId(), slot);
			if (order.callerKey() != null) {
				this.byCaller.computeIfAbsent(order.callerKey(), (k) -> new ArrayList<>()).add(slot);
			}
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/** Updates the state of an indexed order; an order not indexed is left alone. */
	void changed(long orderId, io.hotline.workorder.Status status, Instant closedAt, String satisfaction) {
		this.lock.writeLock().lock();
		try {
			Integer slot = this.slots.get(orderId);
			if (slot != null) {
				this.orders.set(slot, this.orders.get(slot).with(status, closedAt, satisfaction));
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * The orders most like the probe among those the filter admits, best first, with a
	 * score of at least {@code minScore} — or of the same caller with at least
	 * {@code minCallerScore}.
	 */
	List<Match> search(Probe probe, Predicate<Indexed> admits, double minScore, double minCallerScore, int count) {
		return search(probe, admits,
				(match) -> match.score() >= minScore || (match.sameCaller() && match.score() >= minCallerScore), count);
	}

	/** The orders most like the probe that both filters keep, best first. */
	List<Match> search(Probe probe, Predicate<Indexed> admits, Predicate<Match> keeps, int count) {
		List<String> pairs = Bigrams.of(probe.title(), probe.content());
		Map<String, Integer> counts = counts(pairs);
		this.lock.readLock().lock();
		try {
			int n = this.orders.size();
			if (n == 0 || counts.isEmpty()) {
				return List.of();
			}
			Map<Integer, Double> query = weights(counts, n);
			double queryNorm = norm(counts, n);
			Set<Integer> shortlist = shortlist(query, n);
			if (probe.callerKey() != null) {
				List<Integer> ofCaller = this.byCaller.getOrDefault(probe.callerKey(), List.of());
				shortlist.addAll(ofCaller.subList(Math.max(0, ofCaller.size() - PER_CALLER), ofCaller.size()));
			}
			List<Match> matches = new ArrayList<>();
			for (int slot : shortlist) {
				Indexed order = this.orders.get(slot);
				if ((probe.orderId() != null && probe.orderId() == order.orderId()) || !admits.test(order)) {
					continue;
				}
				Match match = match(probe, slot, cosine(query, queryNorm, slot, n), List.of());
				if (keeps.test(match)) {
					matches.add(match);
				}
			}
			matches.sort(Comparator.comparingDouble(Match::score).reversed());
			List<Match> best = matches.subList(0, Math.min(count, matches.size()));
			List<Match> described = new ArrayList<>(best.size());
			List<Spelled> spelled = best.isEmpty() ? List.of() : spelled(probe);
			for (Match match : best) {
				int slot = this.slots.get(match.order().orderId());
				described.add(match(probe, slot, match.score(), sharedWords(spelled, slot, n)));
			}
			return described;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** The probe against one indexed order, or null when that order is not indexed. */
	Match match(Probe probe, long orderId) {
		Map<String, Integer> counts = counts(Bigrams.of(probe.title(), probe.content()));
		this.lock.readLock().lock();
		try {
			Integer slot = this.slots.get(orderId);
			if (slot == null) {
				return null;
			}
			int n = this.orders.size();
			double score = counts.isEmpty() ? 0 : cosine(weights(counts, n), norm(counts, n), slot, n);
			return match(probe, slot, score, sharedWords(spelled(probe), slot, n));
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private Match match(Probe probe, int slot, double score, List<String> sharedWords) {
		Indexed order = this.orders.get(slot);
		boolean sameCaller = probe.callerKey() != null && probe.callerKey().equals(order.callerKey());
		boolean samePlace = order.samePlace(probe.communityCode(), probe.streetCode(), probe.addressKey());
		return new Match(order, score, sameCaller, samePlace, sharedWords);
	}

	/** The score of two indexed orders, or 0 when one is not indexed. */
	double similarity(long a, long b) {
		this.lock.readLock().lock();
		try {
			Integer slotA = this.slots.get(a);
			Integer slotB = this.slots.get(b);
			if (slotA == null || slotB == null) {
				return 0;
			}
			int n = this.orders.size();
			Map<String, Integer> counts = new HashMap<>();
			int[] ids = this.orderTerms.get(slotA);
			for (int i = 0; i < ids.length; i++) {
				counts.put(this.terms.get(ids[i]), (int) this.orderCounts.get(slotA)[i]);
			}
			return cosine(weights(counts, n), norm(counts, n), slotB, n);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private Set<Integer> shortlist(Map<Integer, Double> query, int n) {
		double common = Math.max(50, n * COMMON_SHARE);
		List<Map.Entry<Integer, Double>> rare = new ArrayList<>();
		for (Map.Entry<Integer, Double> term : query.entrySet()) {
			if (this.df[term.getKey()] <= common) {
				rare.add(term);
			}
		}
		// the rarest pairs pick the likely orders well enough; the exact score counts
		// them all
		rare.sort(Comparator.comparingInt((Map.Entry<Integer, Double> t) -> this.df[t.getKey()]));
		float[] sums = SUMS.get();
		if (sums.length < n) {
			sums = new float[Math.max(n, sums.length * 2)];
			SUMS.set(sums);
		}
		int[] touched = new int[256];
		int touchedCount = 0;
		for (Map.Entry<Integer, Double> term : rare.subList(0, Math.min(FIRST_PASS_TERMS, rare.size()))) {
			int id = term.getKey();
			float weight = (float) (term.getValue() * idf(id, n));
			int[] posting = this.postings[id];
			byte[] tfs = this.postingCounts[id];
			for (int p = 0; p < this.postingSizes[id]; p++) {
				int slot = posting[p];
				if (sums[slot] == 0) {
					if (touchedCount == touched.length) {
						touched = Arrays.copyOf(touched, touchedCount * 2);
					}
					touched[touchedCount++] = slot;
				}
				sums[slot] += weight * TF[tfs[p]];
			}
		}
		Set<Integer> shortlist = new LinkedHashSet<>();
		float bar = 0;
		if (touchedCount > SHORTLIST) {
			float[] values = new float[touchedCount];
			for (int i = 0; i < touchedCount; i++) {
				values[i] = sums[touched[i]];
			}
			Arrays.sort(values);
			bar = values[touchedCount - SHORTLIST];
		}
		for (int i = 0; i < touchedCount; i++) {
			if (sums[touched[i]] >= bar && shortlist.size() < SHORTLIST) {
				shortlist.add(touched[i]);
			}
			sums[touched[i]] = 0;
		}
		return shortlist;
	}

	/** The weights of the query's known pairs, by term id. */
	private Map<Integer, Double> weights(Map<String, Integer> counts, int n) {
		Map<Integer, Double> weights = new HashMap<>();
		for (Map.Entry<String, Integer> term : counts.entrySet()) {
			Integer id = this.termIds.get(term.getKey());
			if (id != null) {
				weights.put(id, (1 + Math.log(term.getValue())) * idf(id, n));
			}
		}
		return weights;
	}

	/** The length of the query's weights, its pairs never indexed included. */
	private double norm(Map<String, Integer> counts, int n) {
		double sum = 0;
		for (Map.Entry<String, Integer> term : counts.entrySet()) {
			Integer id = this.termIds.get(term.getKey());
			double idf = (id == null) ? Math.log(n + 1.0) : idf(id, n);
			double w = (1 + Math.log(term.getValue())) * idf;
			sum += w * w;
		}
		return Math.sqrt(sum);
	}

	private double cosine(Map<Integer, Double> query, double queryNorm, int slot, int n) {
		int[] ids = this.orderTerms.get(slot);
		byte[] tfs = this.orderCounts.get(slot);
		double dot = 0;
		double sum = 0;
		for (int i = 0; i < ids.length; i++) {
			double w = TF[tfs[i]] * idf(ids[i], n);
			sum += w * w;
			Double q = query.get(ids[i]);
			if (q != null) {
				dot += q * w;
			}
		}
		return (sum == 0 || queryNorm == 0) ? 0 : dot / (Math.sqrt(sum) * queryNorm);
	}

	/**
	 * The probe's title and content start as compared for shared words, with the term id
	 * of each of their pairs (-1 where the index has never seen the pair): worked out
	 * once for all the matches described.
	 */
	private List<Spelled> spelled(Probe probe) {
		List<Spelled> texts = new ArrayList<>(2);
		for (String text : List.of(Bigrams.normalised(probe.title()),
				Bigrams.normalised(Bigrams.start(probe.content())))) {
			List<String> pairs = Bigrams.pairs(text);
			int[] ids = new int[pairs.size()];
			for (int i = 0; i < ids.length; i++) {
				Integer id = this.termIds.get(pairs.get(i));
				ids[i] = (id != null) ? id : -1;
			}
			texts.add(new Spelled(text, ids));
		}
		return texts;
	}

	/**
	 * The runs of rare pairs the probe shares with the order, joined into the words they
	 * spell (魅力, 力之, 之城 → 魅力之城), the longest first, at most six.
	 */
	private List<String> sharedWords(List<Spelled> probe, int slot, int n) {
		int[] theirs = this.orderTerms.get(slot).clone();
		Arrays.sort(theirs);
		double common = Math.max(50, n * COMMON_SHARE);
		Map<String, Integer> words = new LinkedHashMap<>();
		for (Spelled spelled : probe) {
			String text = spelled.text();
			int[] ids = spelled.pairIds();
			int start = -1;
			for (int i = 0; i <= ids.length; i++) {
				int id = (i < ids.length) ? ids[i] : -1;
				boolean shared = id >= 0 && this.df[id] <= common && Arrays.binarySearch(theirs, id) >= 0;
				if (shared && start < 0) {
					start = i;
				}
				else if (!shared && start >= 0) {
					words.merge(text.substring(start, Math.min(text.length(), i + 1)), 1, Integer::sum);
					start = -1;
				}
			}
		}
		List<String> ranked = new ArrayList<>();
		words.keySet().forEach((w) -> ranked.add((w.length() > WORD_CHARS) ? w.substring(0, WORD_CHARS) + "…" : w));
		ranked.removeIf((w) -> ranked.stream().anyMatch((o) -> o.length() > w.length() && o.contains(w)));
		if (ranked.stream().anyMatch((w) -> w.length() > 2)) {
			// a lone pair across two words (苑小, 经一) says little beside longer runs
			ranked.removeIf((w) -> w.length() <= 2);
		}
		ranked.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(ranked.subList(0, Math.min(6, ranked.size())));
	}

	/** A normalised text of the probe and the term ids of its pairs. */
	private record Spelled(String text, int[] pairIds) {
	}

	private double idf(int id, int n) {
		return Math.log((n + 1.0) / (this.df[id] + 1.0));
	}

	private int newTerm(String term) {
		int id = this.terms.size();
		this.terms.add(term);
		if (id == this.df.length) {
			int size = id * 2;
			this.df = Arrays.copyOf(this.df, size);
			this.postings = Arrays.copyOf(this.postings, size);
			this.postingCounts = Arrays.copyOf(this.postingCounts, size);
			this.postingSizes = Arrays.copyOf(this.postingSizes, size);
		}
		this.postings[id] = new int[4];
		this.postingCounts[id] = new byte[4];
		return id;
	}

	private void post(int id, int slot, byte count) {
		int size = this.postingSizes[id];
		if (size == this.postings[id].length) {
			this.postings[id] = Arrays.copyOf(this.postings[id], size * 2);
			this.postingCounts[id] = Arrays.copyOf(this.postingCounts[id], size * 2);
		}
		this.postings[id][size] = slot;
		this.postingCounts[id][size] = count;
		this.postingSizes[id] = size + 1;
		this.df[id]++;
	}

	private static Map<String, Integer> counts(List<String> pairs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String pair : pairs) {
			counts.merge(pair, 1, Integer::sum);
		}
		return counts;
	}

}
