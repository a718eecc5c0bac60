package io.hotline.dispatch;

import java.nio.file.Path;
import java.util.List;

import io.hotline.dispatch.HeldOutRows.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeldOutRowsTests {

	private final HeldOutRows rows = new HeldOutRows(List.of(row("A", "A", 0.95, true), row("A", "A", 0.92, false),
			row("A", "B", 0.70, true), row("A", "A", 0.40, false), row("B", "A", 0.99, true)));

	@Test
	void previewsTheShareAndThePrecisionOfAThreshold() {
		ThresholdPreview preview = this.rows.preview(3, "A", 0.9);
		assertThat(preview.registered()).isEqualTo(new ThresholdPreview.Expectation(4, 2, 0.5, 0.5));
		assertThat(this.rows.preview(3, "A", 0.5).registered())
			.isEqualTo(new ThresholdPreview.Expectation(4, 3, 0.75, 2 / 3.0));
		assertThat(this.rows.preview(3, "A", 1.0).registered())
			.isEqualTo(new ThresholdPreview.Expectation(4, 0, 0.0, null));
	}

	@Test
	void previewsOrdersWithoutACategoryByTheirPredictedOne() {
		// predicted A: rows 1, 2, 4 and 5, by their predicted-mode probabilities (0.1
		// less)
		ThresholdPreview.Expectation predicted = this.rows.preview(3, "A", 0.8).predicted();
		assertThat(predicted.orders()).isEqualTo(4);
		assertThat(predicted.automatic()).isEqualTo(3);
	}

	@Test
	void measuresAccuracyAndCalibration() {
		assertThat((double) this.rows.evaluation(true, 0.7).get("accuracy")).isCloseTo(0.6, within(1e-9));
		assertThat((double) this.rows.evaluation(true, 0.7).get("ece")).isGreaterThan(0);
		assertThat(this.rows.evaluation(true, 0.7)).containsEntry("alpha", 0.7);
	}

	@Test
	void savesAndLoadsItsRows(@TempDir Path folder) throws Exception {
		this.rows.save(folder.resolve("rows.tsv"));
		HeldOutRows loaded = HeldOutRows.load(folder.resolve("rows.tsv"));
		assertThat(loaded.size()).isEqualTo(5);
		assertThat(loaded.preview(1, "A", 0.9)).isEqualTo(this.rows.preview(1, "A", 0.9));
	}

	private static Row row(String category, String predicted, double p, boolean right) {
		return new Row(category, predicted, p, right, right, p - 0.1, right, right);
	}

}
