package io.hotline.dispatch;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatterWordsTests {

	@Test
	void aNameGivesItselfAndItsPartsThatSaySomething() {
		assertThat(MatterWords.words("城市建设和市政管理")).containsExactlyInAnyOrder("城市建设和市政管理", "城市建设", "市政管理", "市政");
		assertThat(MatterWords.words("其他")).isEmpty();
		assertThat(MatterWords.words("噪音污染")).containsExactlyInAnyOrder("噪音污染", "噪音");
		assertThat(MatterWords.words("水污染")).containsExactly("水污染");
	}

	@Test
	void findsTheLongestWordsOfTheSetInAText() {
		assertThat(MatterWords.found("楼下餐馆油烟扰民，噪声污染也很严重", Set.of("油烟", "噪声污染", "噪声", "路灯"))).containsExactly("油烟",
				"噪声污染", "噪声");
	}

}
