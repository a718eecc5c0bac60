package io.hotline.knowledge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTests {

	@Test
	void addsTheOtherPhrasesOfEveryGroupTheQueryTouches() {
		Synonyms synonyms = Synonyms.parse(List.of("# a comment", "公积金,住房公积金", "医保，医疗保险", ""));
		assertThat(synonyms.size()).isEqualTo(2);
		assertThat(synonyms.expand("医保怎么报销")).containsExactly("医疗保险");
		assertThat(synonyms.expand("住房公积金提取")).isEmpty();
		assertThat(synonyms.expand("公积金提取")).containsExactly("住房公积金");
	}

	@Test
	void shipsABuiltInList() {
		assertThat(Synonyms.builtIn().expand("医保卡丢了")).contains("医疗保险");
	}

}
