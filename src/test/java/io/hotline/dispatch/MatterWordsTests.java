package io.hotline.dispatch;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatterWordsTests {

	@Test
	void aNameGivesItselfAndItsPartsThatSaySomething() {
		assertThat(MatterWords.words("城市建设和市政管理")).containsExactlyInAnyOrder("城市建设和市政管理", "城市建设", "市政管理");
		assertThat(MatterWords.words("其他")).isEmpty();
	}

	@Test
	void findsTheLongestWordsOfTheSetInAText() {
		assertThat(MatterWords.found("楼下餐馆油烟扰民，噪声污染也很严重", Set.of("油烟", "噪声污染", "噪声", "路灯"))).containsExactly("油烟",
				"噪声污染", "噪声");
	}

}
