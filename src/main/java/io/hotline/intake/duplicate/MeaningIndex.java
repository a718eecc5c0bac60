package io.hotline.intake.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The sentence embeddings of the recent orders, each of 8-bit integers with a scale (a
 * quarter of the floats' memory: 512 bytes an order), compared by brute force: the cosine
 * of two unit vectors is the dot product of their integers times both scales.
 */
final class MeaningIndex {

	private int size;

	private int dimension;

	private long[] ids = new long[1024];

	private long[] created = new long[1024];

	private float[] scales = new float[1024];

	private byte[] vectors = new byte[0];

	private final Map<Long, Integer> slots = new HashMap<>();

	/** An order's vector as the index keeps it. */
	record Quantized(float scale, byte[] values) {

		static Quantized of(float[] vector) {
			float max = 0;
			for (float v : vector) {
				max = Math.max(max, Math.abs(v));
			}
			float scale = (max == 0) ? 1 : max / 127f;
			byte[] values = new byte[vector.length];
			for (int d = 0; d < vector.length; d++) {
				values[d] = (byte) Math.round(vector[d] / scale);
			}
			return new Quantized(scale, values);
		}

		double cosine(Quantized other) {
			long dot = 0;
			for (int d = 0; d < this.values.length; d++) {
				dot += this.values[d] * other.values[d];
			}
			return dot * (double) this.scale * other.scale;
		}

	}

	/** A recent order near in meaning, with the cosine of the two vectors. */
	record Near(long orderId, double cosine) {

	}

	synchronized int size() {
		return this.size;
	}

	synchronized boolean contains(long orderId) {
		return this.slots.containsKey(orderId);
	}

	/** Adds the order's vector; an order there already keeps the one it has. */
	synchronized void add(long orderId, Instant createdAt, Quantized vector) {
		if (this.slots.containsKey(orderId)) {
			return;
		}
		if (this.size == 0) {
			this.dimension = vector.values().length;
		}
		else if (vector.values().length != this.dimension) {
			throw new IllegalArgumentException(
					"a vector of " + vector.values().length + " dimensions in an index of " + this.dimension);
		}
		grow();
		this.ids[this.size] = orderId;
		this.created[this.size] = createdAt.getEpochSecond();
		this.scales[this.size] = vector.scale();
		System.arraycopy(vector.values(), 0, this.vectors, this.size * this.dimension, this.dimension);
		this.slots.put(orderId, this.size);
		this.size++;
	}

	/** The cosine of the vector with that of an indexed order, if it is indexed. */
	synchronized Optional<Double> cosine(Quantized vector, long orderId) {
		Integer slot = this.slots.get(orderId);
		if (slot == null || vector.values().length != this.dimension) {
			return Optional.empty();
		}
		return Optional.of(dot(vector, slot));
	}

	/**
	 * The {@code count} orders registered since then nearest to the vector with a cosine
	 * of at least {@code minCosine}, nearest first; the order itself is left out.
	 */
	synchronized List<Near> nearest(Quantized vector, long self, Instant since, double minCosine, int count) {
		if (this.size == 0 || vector.values().length != this.dimension) {
			return List.of();
		}
		long from = since.getEpochSecond();
		PriorityQueue<Near> best = new PriorityQueue<>(Comparator.comparingDouble(Near::cosine));
		for (int slot = 0; slot < this.size; slot++) {
			if (this.created[slot] < from || this.ids[slot] == self) {
				continue;
			}
			double cosine = dot(vector, slot);
			if (cosine >= minCosine && (best.size() < count || cosine > best.peek().cosine())) {
				best.add(new Near(this.ids[slot], cosine));
				if (best.size() > count) {
					best.poll();
				}
			}
		}
		List<Near> nearest = new ArrayList<>(best);
		nearest.sort(Comparator.comparingDouble(Near::cosine).reversed());
		return nearest;
	}

	private double dot(Quantized vector, int slot) {
		byte[] probe = vector.values();
		int offset = slot * this.dimension;
		int dot = 0;
		for (int d = 0; d < this.dimension; d++) {
			dot += probe[d] * this.vectors[offset + d];
		}
		return dot * (double) vector.scale() * this.scales[slot];
	}

	private void grow() {
		if (this.size == this.ids.length) {
			int capacity = this.ids.length * 2;
			this.ids = java.util.Arrays.copyOf(this.ids, capacity);
			this.created = java.util.Arrays.copyOf(this.created, capacity);
			this.scales = java.util.Arrays.copyOf(this.scales, capacity);
		}
		if ((this.size + 1) * this.dimension > this.vectors.length) {
			this.vectors = java.util.Arrays.copyOf(this.vectors, this.ids.length * this.dimension);
		}
	}

}
