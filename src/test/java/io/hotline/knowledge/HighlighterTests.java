package io.hotline.knowledge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

	@Test
	void marksTheMatchedCharactersAndMergesAdjacentTerms() {
		assertThat(Highlighter.excerpt("提取住房公积金需要身份证", List.of("公积", "积金", "身份证")))
			.isEqualTo("提取住房<em>公积金</em>需要<em>身份证</em>");
	}

	@Test
	void cutsAnExcerptAroundTheMatchesOfALongText() {
		String text = "无关的内容。".repeat(40) + "公积金贷款的额度" + "其他说明。".repeat(40);
		String excerpt = Highlighter.excerpt(text, List.of("公积金"));
		assertThat(excerpt).startsWith("…").endsWith("…").contains("<em>公积金</em>");
		assertThat(excerpt.replaceAll("</?em>|…", "")).hasSize(Highlighter.EXCERPT_CHARS);
	}

	@Test
	void escapesMarkupOfTheText() {
		assertThat(Highlighter.excerpt("a<b>公积金", List.of("公积金"))).isEqualTo("a&lt;b&gt;<em>公积金</em>");
	}

}
