package io.hotline.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KappaTests {

	@Test
	void theTextbookExample() {
		// Wikipedia's "Cohen's kappa" example: 50 proposals, both yes 20, A yes B no 5, A
		// no B
		// yes 10, both no 15; p_o = 0.7, p_e = 0.5, κ = 0.4
		assertThat(Kappa.of(20, 5, 10, 15)).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void anUnbalancedTable() {
		// 75, 1, 4, 20 of 100: p_o = 0.95; the raters say yes 76 % and 79 %, p_e = 0.76 ×
		// 0.79 +
		// 0.24 × 0.21 = 0.6508; κ = 0.2992 / 0.3492
		assertThat(Kappa.of(75, 1, 4, 20)).isCloseTo(0.2992 / 0.3492, within(1e-12));
	}

	@Test
	void perfectAndChanceAgreement() {
		assertThat(Kappa.of(10, 0, 0, 10)).isEqualTo(1.0);
		assertThat(Kappa.of(25, 25, 25, 25)).isCloseTo(0.0, within(1e-12));
		assertThat(Kappa.of(0, 0, 0, 40)).as("both always no: agree on every item").isEqualTo(1.0);
		assertThat(Kappa.of(0, 0, 0, 0)).isNaN();
		assertThat(Kappa.of(0, 10, 10, 0)).isCloseTo(-1.0, within(1e-12));
	}

}
