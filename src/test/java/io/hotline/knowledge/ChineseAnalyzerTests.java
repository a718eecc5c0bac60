package io.hotline.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzerTests {

	private final ChineseAnalyzer analyzer = new ChineseAnalyzer();

	@Test
	void cutsChineseIntoOverlappingCharacterPairs() {
		assertThat(this.analyzer.terms("answer", "住房公积金", 100)).containsExactly("住房", "房公", "公积", "积金");
	}

	@Test
	void keepsWholeWordsOfTwoCharactersOrMoreInTheWordsField() {
		assertThat(this.analyzer.terms("answer" + ChineseAnalyzer.WORDS, "如何提取住房公积金？", 100)).contains("提取", "公积金")
			.noneMatch((t) -> t.length() < 2);
	}

	@Test
	void foldsLatinLettersAndFullWidthForms() {
		assertThat(this.analyzer.terms("answer", "ＥＴＣ办理", 100)).contains("etc", "办理");
	}

}
