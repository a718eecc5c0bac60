package io.hotline.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstRequestTests {

	private static final List<Utterance> TURNS = List.of(Utterance.of(Speaker.CALLER, "咨询订单号:[订单编号]"),
			Utterance.of(Speaker.CALLER, "在吗"), Utterance.of(Speaker.AGENT, "请问您是咨询之前的问题还是有其他的问题需要处理呢?"),
			Utterance.of(Speaker.CALLER, "我的这个单子，站点错了"), Utterance.of(Speaker.AGENT, "您好，请问有什么可以帮您的吗?"),
			Utterance.of(Speaker.AGENT, "您是申请售后送到自提点对吗?"), Utterance.of(Speaker.CALLER, "能不能帮忙改一下站点"),
			Utterance.of(Speaker.AGENT, "这个暂时无法修改的哦"));

	@Test
	void theCallersFirstRequestSkipsGreetingsAndOrderNumbers() {
		assertThat(FirstRequest.callerText(TURNS, 1)).isEqualTo("我的这个单子，站点错了\n");
		assertThat(FirstRequest.callerText(TURNS, 5)).isEqualTo("我的这个单子，站点错了\n能不能帮忙改一下站点\n");
	}

	@Test
	void theAgentsFirstAnswersComeAfterTheRequestAndAreNoTemplates() {
		assertThat(FirstRequest.agentText(TURNS, 1)).isEqualTo("您是申请售后送到自提点对吗?\n");
		assertThat(FirstRequest.agentText(TURNS, 5)).isEqualTo("您是申请售后送到自提点对吗?\n这个暂时无法修改的哦\n");
	}

	@Test
	void aConversationOfGreetingsOnlyHasNoFirstRequest() {
		List<Utterance> greetings = List.of(Utterance.of(Speaker.CALLER, "你好"), Utterance.of(Speaker.AGENT, "您好"),
				Utterance.of(Speaker.CALLER, "[订单编号]"));
		assertThat(FirstRequest.callerText(greetings, 5)).isEmpty();
		assertThat(FirstRequest.agentText(greetings, 5)).isEmpty();
	}

}
