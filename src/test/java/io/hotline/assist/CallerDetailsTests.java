package io.hotline.assist;

import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's name and phone as callers say them, and what is not a name or a phone. */
class CallerDetailsTests {

	@Test
	void namesSaidTheWaysCallersSayThem() {
		assertThat(name(caller("免贵姓王，叫我小王就行")).value()).isEqualTo("王");
		assertThat(name(caller("我姓欧阳")).value()).isEqualTo("欧阳");
		assertThat(name(caller("我叫李晓明，住在石牌街")).value()).isEqualTo("李晓明");
		assertThat(name(caller("我姓张，叫张伟")).value()).isEqualTo("张伟");
		FormField agent = name(List.of(Utterance.of(Speaker.AGENT, "好的陈先生，您的问题我记下了")));
		assertThat(agent.value()).isEqualTo("陈");
		assertThat(agent.confidence()).isLessThan(name(caller("我姓陈")).confidence());
	}

	@Test
	void notANameWhereNoneIsSaid() {
		assertThat(name(caller("我是这个小区的业主")).filled()).isFalse();
		assertThat(name(caller("我是李家村的村民")).filled()).isFalse();
		assertThat(name(caller("姓名不方便说")).filled()).isFalse();
	}

	@Test
	void phonesInDigitsAndChineseNumerals() {
		FormField mobile = phone(caller("我的电话是幺三八 一二三四 五六七八"));
		assertThat(mobile.value()).isEqualTo("13812345678");
		assertThat(mobile.utterance()).isZero();
		assertThat(mobile.evidence()).isEqualTo("幺三八 一二三四 五六七八");
		assertThat(phone(caller("手机139-0000-1111")).value()).isEqualTo("13900001111");
		assertThat(
				phone(List.of(Utterance.of(Speaker.AGENT, "请问您的联系电话是多少？"), Utterance.of(Speaker.CALLER, "零二零八七六五四三二一")))
					.value())
			.isEqualTo("02087654321");
		assertThat(phone(caller("座机是 87654321")).value()).isEqualTo("87654321");
	}

	@Test
	void notAPhoneWhereNoneIsSaid() {
		assertThat(phone(caller("一一一一年的事情")).filled()).isFalse();
		assertThat(phone(caller("订单号 20190512123")).filled()).as("11 digits not a mobile").isFalse();
		assertThat(phone(caller("我住在3栋1201房")).filled()).isFalse();
		assertThat(phone(List.of(Utterance.of(Speaker.AGENT, "您可以打物业的电话 020-87654321 问问"))).filled())
			.as("a number the agent gives is not the caller's")
			.isFalse();
		assertThat(phone(List.of(Utterance.of(Speaker.AGENT, "您的电话是13812345678对吗？"))).value()).isEqualTo("13812345678");
	}

	private static List<Utterance> caller(String text) {
		return List.of(Utterance.of(Speaker.CALLER, text));
	}

	private static FormField name(List<Utterance> utterances) {
		return CallerDetails.name(utterances);
	}

	private static FormField phone(List<Utterance> utterances) {
		return CallerDetails.phone(utterances);
	}

}
