package io.hotline.dispatch;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonWordsTests {

	private static final String TEXT = "我家楼下的路灯坏了一个多月，晚上一片漆黑，多次反映未见改善";

	@Test
	void readsTheRunsThatWeighedAsTheWholeWordsOfTheText() {
		// character runs as a classifier weighs them: fragments of words and across words
		List<String> words = ReasonWords.of(TEXT, List.of("灯坏", "的路", "h:漆黑", "w:月", "反映", "未见改"), Set.of(), 8);
		assertThat(words).contains("路灯").doesNotContain("灯坏", "的路", "月", "反映", "未见");
		assertThat(words).allSatisfy((w) -> assertThat(w).hasSizeGreaterThanOrEqualTo(2));
		assertThat(words).allSatisfy((w) -> assertThat(TEXT).contains(w));
	}

	@Test
	void prefersTheCatalogsWordThatCoversARun() {
		String text = "小区旁边工地夜间施工噪声污染严重";
		assertThat(ReasonWords.of(text, List.of("声污", "工地"), Set.of("噪声污染"), 5)).startsWith("噪声污染");
	}

	@Test
	void keepsEachWordOnceAndAtMostTheCountAsked() {
		assertThat(ReasonWords.of(TEXT, List.of("路灯", "的路灯", "漆黑", "楼下"), Set.of(), 2)).hasSize(2)
			.doesNotHaveDuplicates();
	}

}
