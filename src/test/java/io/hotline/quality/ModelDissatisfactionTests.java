package io.hotline.quality;

import java.util.ArrayList;
import java.util.List;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.SharedDialogueModels;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped dialogue models predict an angry, unresolved caller dissatisfied. */
class ModelDissatisfactionTests {

	static final String[] ANGRY = { "您好，12345热线，请问有什么可以帮您？", "你们这什么破服务！我家楼下垃圾堆了半个月，反映了三次了还没人管！", "请您提供一下具体地址",
			"说了多少遍了？？你们就是踢皮球，敷衍，垃圾！我要投诉你们！", "抱歉，请您再说一下地址", "还没解决！！气死了，你们根本不管！" };

	static final String[] THANKFUL = { "您好，12345热线，请问有什么可以帮您？", "你好，我想问一下社保卡丢了补办要带什么", "您好，带上身份证到就近的社保网点就可以办理，当场就能领取",
			"好的，明白了，谢谢你！", "不客气，感谢您的来电，再见", "好的，谢谢，再见" };

	private final SharedDialogueModels models = new SharedDialogueModels();

	@Test
	void anAngryUnresolvedCallIsPredictedDissatisfiedAThankfulOneNot() {
		double angry = this.models.assess(conversation(ANGRY)).satisfaction();
		double thankful = this.models.assess(conversation(THANKFUL)).satisfaction();
		System.out.printf("predicted S: angry %.3f, thankful %.3f%n", angry, thankful);
		ModelDissatisfaction predicted = new ModelDissatisfaction(this.models, () -> ModelDissatisfaction.THRESHOLD);
		assertThat(predicted.dissatisfied(new Inspected(conversation(ANGRY), null, null))).as("S = %.3f", angry)
			.isTrue();
		assertThat(predicted.dissatisfied(new Inspected(conversation(THANKFUL), null, null))).as("S = %.3f", thankful)
			.isFalse();
		assertThat(predicted.dissatisfied(new Inspected(null, null, null))).as("nothing said").isFalse();
		ModelDissatisfaction lenient = new ModelDissatisfaction(this.models, () -> angry - 0.01);
		assertThat(lenient.dissatisfied(new Inspected(conversation(ANGRY), null, null))).isFalse();
	}

	static Conversation conversation(String... texts) {
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			utterances.add(Utterance.of((i % 2 == 0) ? Speaker.AGENT : Speaker.CALLER, texts[i]));
		}
		return new Conversation(null, utterances);
	}

}
