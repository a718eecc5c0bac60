package io.hotline.intake.duplicate;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The recent meanings' arithmetic: 8-bit vectors keep the cosine of the floats within a
 * hundredth; the nearest are the best above the floor, nearest first, registered since
 * the day asked, never the order itself; a vector of another length is refused.
 */
class MeaningIndexTests {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	private static float[] unit(Random random, int dimension) {
		float[] v = new float[dimension];
		double norm = 0;
		for (int d = 0; d < dimension; d++) {
			v[d] = (float) random.nextGaussian();
			norm += v[d] * v[d];
		}
		for (int d = 0; d < dimension; d++) {
			v[d] /= (float) Math.sqrt(norm);
		}
		return v;
	}

	/** A unit vector at the given cosine from {@code v}. */
	private static float[] near(float[] v, double cosine, Random random) {
		float[] noise = unit(random, v.length);
		double along = 0;
		for (int d = 0; d < v.length; d++) {
			along += noise[d] * v[d];
		}
		float[] orthogonal = new float[v.length];
		double norm = 0;
		for (int d = 0; d < v.length; d++) {
			orthogonal[d] = (float) (noise[d] - along * v[d]);
			norm += orthogonal[d] * orthogonal[d];
		}
		float[] out = new float[v.length];
		double sine = Math.sqrt(1 - cosine * cosine);
		for (int d = 0; d < v.length; d++) {
			out[d] = (float) (cosine * v[d] + sine * orthogonal[d] / Math.sqrt(norm));
		}
		return out;
	}

	@Test
	void bytesKeepTheCosineOfTheFloats() {
		Random random = new Random(7);
		for (double cosine : new double[] { 0.2, 0.5, 0.8, 0.95 }) {
			float[] a = unit(random, 512);
			float[] b = near(a, cosine, random);
			assertThat(MeaningIndex.Quantized.of(a).cosine(MeaningIndex.Quantized.of(b))).isCloseTo(cosine,
					within(0.01));
		}
	}

	@Test
	void theNearestAreTheBestAboveTheFloorSinceTheDayAskedNeverTheOrderItself() {
		Random random = new Random(42);
		float[] probe = unit(random, 512);
		MeaningIndex index = new MeaningIndex();
		index.add(1, NOW.minusSeconds(3600), MeaningIndex.Quantized.of(near(probe, 0.9, random)));
		index.add(2, NOW.minusSeconds(7200), MeaningIndex.Quantized.of(near(probe, 0.7, random)));
		index.add(3, NOW.minusSeconds(40L * 86400), MeaningIndex.Quantized.of(near(probe, 0.95, random)));
		index.add(4, NOW.minusSeconds(60), MeaningIndex.Quantized.of(near(probe, 0.3, random)));
		index.add(5, NOW, MeaningIndex.Quantized.of(probe));
		for (int i = 0; i < 2000; i++) {
			index.add(100 + i, NOW.minusSeconds(random.nextInt(86400)), MeaningIndex.Quantized.of(unit(random, 512)));
		}
		MeaningIndex.Quantized vector = MeaningIndex.Quantized.of(probe);

		List<MeaningIndex.Near> nearest = index.nearest(vector, 5, NOW.minusSeconds(30L * 86400), 0.5, 10);
		assertThat(nearest).extracting(MeaningIndex.Near::orderId).containsExactly(1L, 2L);
		assertThat(nearest.get(0).cosine()).isCloseTo(0.9, within(0.01));
		assertThat(index.nearest(vector, 5, NOW.minusSeconds(30L * 86400), 0.5, 1))
			.extracting(MeaningIndex.Near::orderId)
			.containsExactly(1L);
		assertThat(index.nearest(vector, 5, NOW.minusSeconds(50L * 86400), 0.5, 10))
			.extracting(MeaningIndex.Near::orderId)
			.as("an older order within a longer window")
			.containsExactly(3L, 1L, 2L);
		assertThat(index.nearest(vector, -1, NOW.minusSeconds(30L * 86400), 0.5, 10))
			.extracting(MeaningIndex.Near::orderId)
			.as("the order itself, when not left out")
			.startsWith(5L);

		assertThat(index.cosine(vector, 4)).hasValueSatisfying((c) -> assertThat(c).isCloseTo(0.3, within(0.01)));
		assertThat(index.cosine(vector, 99)).isEmpty();
		assertThat(index.size()).isEqualTo(2005);
	}

	@Test
	void anOrderKeepsItsFirstVectorAndAVectorOfAnotherLengthIsRefused() {
		Random random = new Random(1);
		MeaningIndex index = new MeaningIndex();
		float[] first = unit(random, 512);
		index.add(1, NOW, MeaningIndex.Quantized.of(first));
		index.add(1, NOW, MeaningIndex.Quantized.of(unit(random, 512)));
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.cosine(MeaningIndex.Quantized.of(first), 1))
			.hasValueSatisfying((c) -> assertThat(c).isGreaterThan(0.99));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.add(2, NOW, MeaningIndex.Quantized.of(unit(random, 384))))
			.withMessageContaining("384");
	}

}
