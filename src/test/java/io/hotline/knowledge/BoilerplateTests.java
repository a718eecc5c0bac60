package io.hotline.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTests {

	@Test
	void stripsTheGreetingTheReceiptTheThanksAndTheDate() {
		String reply = "网友“A00023583”：您好！您的留言已收悉。现将有关情况回复如下：经核实，该路段将于8月底完工通车。" + "感谢您对我们工作的关心、监督与支持。2019年4月29日";
		assertThat(Boilerplate.strip(reply)).isEqualTo("经核实，该路段将于8月底完工通车。");
	}

	@Test
	void keepsATextThatIsAllFormula() {
		assertThat(Boilerplate.strip("您好！特此回复。")).isEqualTo("您好！特此回复。");
	}

	@Test
	void keepsTheSubjectOfTheReply() {
		assertThat(Boilerplate.strip("市民同志：你好！针对您反映的公交站点更名问题，市交通局高度重视，现回复如下：站名不宜变更。"))
			.isEqualTo("针对您反映的公交站点更名问题，市交通局站名不宜变更。");
	}

}
