package io.hotline.dispatch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonWordsTests {

	@Test
	void dropsParticlesAtTheEndsAndRunsOfParticlesAlone() {
		assertThat(ReasonWords.readable(List.of("路灯坏", "的路灯", "了一", "小区", "坏了", "一片漆黑"), 6)).containsExactly("路灯坏",
				"路灯", "小区", "一片漆黑");
	}

	@Test
	void keepsEachWordOnceAndAtMostTheCountAsked() {
		assertThat(ReasonWords.readable(List.of("路灯", "的路灯", "噪音", "扰民", "施工"), 3)).containsExactly("路灯", "噪音", "扰民");
	}

}
