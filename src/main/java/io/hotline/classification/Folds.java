package io.hotline.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Which of {@code count} folds each example is held out in: stratified (each label's
 * examples dealt round the folds in a shuffled order, so that every fold has about the
 * same share of each label) and the same for the same labels and seed, so that algorithms
 * are compared on the same folds.
 */
public record Folds(int count, int[] assignment) {

	public static Folds stratified(List<String> labels, int count, long seed) {
		if (count < 2) {
			throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + count);
		}
		Map<String, List<Integer>> byLabel = new TreeMap<>();
		for (int i = 0; i < labels.size(); i++) {
			byLabel.computeIfAbsent(labels.get(i), (l) -> new ArrayList<>()).add(i);
		}
		Random random = new Random(seed);
		int[] assignment = new int[labels.size()];
		int next = 0;
		for (List<Integer> rows : byLabel.values()) {
			Collections.shuffle(rows, random);
			for (int row : rows) {
				assignment[row] = next;
				next = (next + 1) % count;
			}
		}
		return new Folds(count, assignment);
	}

	public int fold(int row) {
		return this.assignment[row];
	}

	/** The rows held out in fold {@code fold}. */
	public int[] test(int fold) {
		return rows(fold, true);
	}

	/** The rows trained on in fold {@code fold}: all the others. */
	public int[] train(int fold) {
		return rows(fold, false);
	}

	private int[] rows(int fold, boolean in) {
		return java.util.stream.IntStream.range(0, this.assignment.length)
			.filter((row) -> (this.assignment[row] == fold) == in)
			.toArray();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Folds folds && folds.count == this.count
				&& Arrays.equals(folds.assignment, this.assignment);
	}

	@Override
	public int hashCode() {
		return 31 * this.count + Arrays.hashCode(this.assignment);
	}

	@Override
	public String toString() {
		return "Folds[" + this.count + " folds of " + this.assignment.length + " rows]";
	}

}
