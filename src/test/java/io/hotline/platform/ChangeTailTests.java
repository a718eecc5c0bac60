package io.hotline.platform;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position in a key that commits out of order: a key passed over is awaited until it
 * comes or the patience ends, the keys this instance wrote are read past, and a rewind
 * reads again.
 */
class ChangeTailTests {

	@Test
	void aKeyCommittedAfterAHigherOneIsAwaitedAndReadWhenItComes() {
		ChangeTail tail = new ChangeTail(Duration.ofMinutes(1));
		assertThat(tail.started()).isFalse();
		tail.from(10);
		assertThat(tail.read(List.of(13L, 11L))).containsExactly(11L, 13L);
		assertThat(tail.position()).isEqualTo(13);
		assertThat(tail.awaited()).containsExactly(12L);
		assertThat(tail.read(List.of(12L, 14L))).containsExactly(12L, 14L);
		assertThat(tail.awaited()).isEmpty();
		assertThat(tail.read(List.of(12L))).as("read already").isEmpty();
	}

	@Test
	void theKeysThisInstanceWroteAreReadPastAndForgotten() {
		ChangeTail tail = new ChangeTail(Duration.ZERO);
		tail.from(0);
		tail.own(2);
		tail.own(4);
		assertThat(tail.read(List.of(1L, 2L, 3L))).containsExactly(1L, 3L);
		// 4 rolled back: awaited, then given up once the patience has passed
		assertThat(tail.read(List.of(5L))).containsExactly(5L);
		assertThat(tail.awaited()).containsExactly(4L);
		assertThat(tail.read(List.of())).isEmpty();
		assertThat(tail.awaited()).isEmpty();
		// an own key read past is forgotten: read again after a rewind, it is applied
		tail.from(1);
		assertThat(tail.read(List.of(2L, 3L, 5L))).containsExactly(2L, 3L, 5L);
	}

	@Test
	void goingBackToAMarkReadsAgainWhatCouldNotBeApplied() {
		ChangeTail tail = new ChangeTail(Duration.ofMinutes(1));
		tail.from(0);
		tail.read(List.of(1L, 3L));
		ChangeTail.Mark mark = tail.mark();
		assertThat(tail.read(List.of(2L, 4L))).containsExactly(2L, 4L);
		tail.back(mark);
		assertThat(tail.position()).isEqualTo(3);
		assertThat(tail.awaited()).containsExactly(2L);
		assertThat(tail.read(List.of(2L, 4L))).containsExactly(2L, 4L);
	}

	@Test
	void aRewindReadsAgainAndAJumpIsNotAwaitedKeyByKey() {
		ChangeTail tail = new ChangeTail(Duration.ofMinutes(1));
		tail.from(0);
		tail.read(List.of(1L, 3L));
		tail.from(5);
		assertThat(tail.position()).as("never forward").isEqualTo(3);
		tail.from(1);
		assertThat(tail.awaited()).as("awaited above the rewind: read again from there").isEmpty();
		assertThat(tail.read(List.of(2L, 3L))).containsExactly(2L, 3L);
		tail.read(List.of(1_000_000L));
		assertThat(tail.awaited()).hasSize(ChangeTail.MOST_AWAITED);
		assertThat(tail.awaited()[0]).isEqualTo(1_000_000L - ChangeTail.MOST_AWAITED);
	}

}
