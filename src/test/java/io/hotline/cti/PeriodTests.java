package io.hotline.cti;

import java.time.Instant;
import java.time.LocalDateTime;

import io.hotline.platform.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

	private static final Instant NOW = Instant.parse("2026-10-12T02:00:00Z");

	@Test
	void aDayIsItsWholeDayInBeijingTime() {
		Period day = Period.of("2026-10-12", null, null, NOW, 92);
		assertThat(day.from()).isEqualTo(LocalDateTime.parse("2026-10-12T00:00"));
		assertThat(day.to()).isEqualTo(LocalDateTime.parse("2026-10-13T00:00"));
		assertThat(day.minutes()).isEqualTo(15);
		assertThat(day.intervals()).isEqualTo(96);
		assertThat(day.start()).isEqualTo(Instant.parse("2026-10-11T16:00:00Z"));
		assertThat(Period.of(null, null, "30", NOW, 92).from()).as("today, Beijing time")
			.isEqualTo(LocalDateTime.parse("2026-10-12T00:00"));
	}

	@Test
	void theStartIsRoundedDownToAnIntervalAndTheLastIntervalCutShort() {
		Period period = Period.of("2026-10-12T09:07", "2026-10-12T09:40", "15", NOW, 92);
		assertThat(period.from()).isEqualTo(LocalDateTime.parse("2026-10-12T09:00"));
		assertThat(period.intervals()).isEqualTo(3);
		assertThat(Period.exact("2026-10-12T09:07", "2026-10-12T09:40", null, NOW, 92).from())
			.isEqualTo(LocalDateTime.parse("2026-10-12T09:07"));
	}

	@Test
	void refusesWrongPeriods() {
		assertThatThrownBy(() -> Period.of("2026-10-12", null, "10", NOW, 92)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> Period.of("2026-10-12", "2026-10-10", null, NOW, 92)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> Period.of("2026-01-01", "2026-10-10", null, NOW, 92)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> Period.of("12.10.2026", null, null, NOW, 92)).isInstanceOf(Problem.class);
	}

}
