package io.hotline.quality.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.quality.DefaultRules;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Inspector;
import io.hotline.quality.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule kind with a call that triggers it and one that does not. */
class ChecksTests {

	private final Inspector inspector = new Inspector(
			List.of(new GreetingCheck(), new ConfirmationCheck(), new AnswerCheck(), new ClosingCheck(),
					new ForbiddenWordsCheck(), new SilenceCheck(), new InterruptionCheck(), new EmotionCheck(),
					new PersonalDataCheck(), new OrderContentCheck(), new OrderAddressCheck()));

	/** A good call: greeting, confirmation, answer, closing; no gaps, no overlaps. */
	private static List<Utterance> good() {
		return new ArrayList<>(List.of(agent("您好，12345政务服务热线，请问有什么可以帮您？", 0, 3), caller("我家小区门口的路灯坏了一个星期了", 3.5, 7),
				agent("您反映的是小区门口路灯损坏，对吗？", 7.5, 10), caller("对的", 10.2, 11),
				agent("好的，我们会转交城管部门处理，三个工作日内答复您", 11.5, 15), caller("好的谢谢", 15.5, 16.5), agent("感谢您的来电，再见", 17, 18.5)));
	}

	@Test
	void aGoodCallHasNoFindings() {
		assertThat(findings(good())).isEmpty();
	}

	@Test
	void greeting() {
		List<Utterance> said = good();
		said.set(0, agent("喂，请讲", 0, 1));
		assertThat(ruleIds(findings(said))).containsExactly("greeting");
		Finding f = findings(said).get(0);
		assertThat(f.utterance()).isZero();
		assertThat(f.speaker()).isEqualTo(Speaker.AGENT);
		assertThat(f.quote()).isEqualTo("喂，请讲");
		List<Utterance> late = good();
		late.set(0, agent("您好，12345热线", 20, 21));
		assertThat(ruleIds(inspect(late, "greeting"))).containsExactly("greeting");
	}

	@Test
	void confirmation() {
		List<Utterance> said = good();
		said.set(2, agent("嗯", 7.5, 8));
		assertThat(ruleIds(inspect(said, "confirmation"))).containsExactly("confirmation");
		assertThat(inspect(good(), "confirmation")).isEmpty();
	}

	@Test
	void answerOrNextStep() {
		List<Utterance> said = good();
		said.set(4, agent("好的，知道了", 11.5, 12));
		assertThat(ruleIds(inspect(said, "answer"))).containsExactly("answer");
		assertThat(inspect(good(), "answer")).isEmpty();
	}

	@Test
	void closing() {
		List<Utterance> said = good();
		said.set(6, agent("嗯", 17, 17.5));
		said.set(4, agent("我们会转交城管部门", 11.5, 15));
		assertThat(ruleIds(inspect(said, "closing"))).containsExactly("closing");
		assertThat(inspect(said, "closing").get(0).utterance()).isEqualTo(6);
		assertThat(inspect(good(), "closing")).isEmpty();
	}

	@Test
	void forbiddenAndImpoliteWords() {
		List<Utterance> said = good();
		said.set(4, agent("这个不归我们管，你自己去问吧", 11.5, 15));
		said.set(5, caller("你这什么态度", 15.5, 16.5));
		said.add(agent("闭嘴", 16.6, 16.9));
		List<Finding> found = findings(said);
		assertThat(ruleIds(found)).contains("forbidden-words", "impolite-words");
		Finding forbidden = found.stream()
			.filter((f) -> f.ruleId().equals("forbidden-words"))
			.findFirst()
			.orElseThrow();
		assertThat(forbidden.utterance()).isEqualTo(4);
		assertThat(forbidden.message()).contains("不归我们管");
		assertThat(inspect(good(), "forbidden-words")).isEmpty();
		assertThat(inspect(List.of(caller("不知道在哪", 0, 1)), "forbidden-words")).as("the caller's words are theirs")
			.isEmpty();
	}

	@Test
	void silenceLongerThanTheLimit() {
		List<Utterance> said = good();
		said.set(4, agent("好的，我们会转交城管部门处理，三个工作日内答复您", 22, 25));
		said.set(5, caller("好的谢谢", 25.5, 26.5));
		said.set(6, agent("感谢您的来电，再见", 27, 28.5));
		List<Finding> found = inspect(said, "silence");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).utterance()).isEqualTo(4);
		assertThat(found.get(0).message()).contains("11.0");
		assertThat(found.get(0).at()).isEqualTo(Duration.ofSeconds(22));
		assertThat(inspect(good(), "silence")).isEmpty();
	}

	@Test
	void interruptionsCountedAboveTheLimit() {
		List<Utterance> said = new ArrayList<>(List.of(agent("您好，12345热线", 0, 2), caller("我要反映一个问题就是", 2, 8),
				agent("您说", 5, 6), caller("小区的垃圾一直没人清理", 8, 14), agent("哪个小区", 12, 13)));
		List<Finding> found = inspect(said, "interruption");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).utterance()).isEqualTo(2);
		assertThat(found.get(0).message()).contains("2 次");
		said.remove(4);
		assertThat(inspect(said, "interruption")).as("once is within the limit").isEmpty();
		assertThat(inspect(good(), "interruption")).isEmpty();
	}

	@Test
	void risingEmotionNotSoothed() {
		List<Utterance> said = new ArrayList<>(
				List.of(agent("您好，12345热线", 0, 2), caller("我家门口的垃圾没人清理", 2, 5), agent("好的", 5, 6),
						caller("我都打了多少次了！到底有没有人管！太过分了！", 6, 10), agent("请说地址", 10, 11), agent("还有别的吗", 11, 12)));
		List<Finding> found = inspect(said, "emotion");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).utterance()).isEqualTo(3);
		assertThat(found.get(0).speaker()).isEqualTo(Speaker.CALLER);
		said.set(4, agent("非常抱歉给您带来不便，请您放心", 10, 11));
		assertThat(inspect(said, "emotion")).as("the agent soothed").isEmpty();
		assertThat(inspect(good(), "emotion")).isEmpty();
	}

	@Test
	void repetitionRaisesEmotion() {
		assertThat(EmotionCheck.emotion("我家门口的垃圾没人清理", List.of("我家门口的垃圾没人清理啊"), List.of())).isEqualTo(1.0);
		assertThat(EmotionCheck.emotion("路灯坏了", List.of("我家门口的垃圾没人清理"), List.of())).isZero();
	}

	@Test
	void personalDataReadOutMasked() {
		List<Utterance> said = good();
		said.set(2, agent("您的电话是13812345678，身份证440102199001011234，对吗？", 7.5, 10));
		List<Finding> found = inspect(said, "personal-data");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).quote()).doesNotContain("13812345678").doesNotContain("440102199001011234");
		assertThat(found.get(0).quote()).contains("138****5678");
		List<Utterance> address = good();
		address.set(2, agent("您的地址是天河路123号对吗", 7.5, 10));
		assertThat(inspect(address, "personal-data")).as("addresses are allowed by default").isEmpty();
		Rule strict = rule("personal-data").with(Map.of("address", true));
		assertThat(this.inspector.inspect(subject(address, null), List.of(strict))).hasSize(1);
		List<Utterance> partial = good();
		partial.set(2, agent("您的电话尾号5678对吗", 7.5, 10));
		assertThat(inspect(partial, "personal-data")).isEmpty();
	}

	@Test
	void anOrderWithoutACallIsInspectedOnItsOrderAlone() {
		Inspected.OrderFacts thin = new Inspected.OrderFacts(1, "G1", "COMPLAINT", null, "路灯坏了", null, "agent1");
		List<Finding> found = this.inspector.inspect(new Inspected(null, null, thin), DefaultRules.rules());
		assertThat(ruleIds(found)).containsExactlyInAnyOrder("order-content", "order-address");
		Inspected.OrderFacts full = new Inspected.OrderFacts(2, "G2", "CONSULTATION", null, "市民咨询社保卡补办需要带哪些材料，在哪里办理",
				null, "agent1");
		assertThat(this.inspector.inspect(new Inspected(null, null, full), DefaultRules.rules())).isEmpty();
	}

	@Test
	void disabledRulesAndScores() {
		List<Utterance> said = good();
		said.set(0, agent("喂", 0, 1));
		List<Rule> rules = DefaultRules.rules()
			.stream()
			.map((r) -> r.id().equals("greeting")
					? new Rule(r.id(), r.kind(), r.name(), r.severity(), r.points(), false, r.parameters()) : r)
			.toList();
		assertThat(this.inspector.inspect(subject(said, null), rules)).isEmpty();
		List<Finding> found = findings(said);
		assertThat(Inspector.score(found, DefaultRules.rules())).isEqualTo(95);
	}

	private List<Finding> findings(List<Utterance> said) {
		return this.inspector.inspect(subject(said, null), DefaultRules.rules());
	}

	private List<Finding> inspect(List<Utterance> said, String ruleId) {
		return this.inspector.inspect(subject(said, null), List.of(rule(ruleId)));
	}

	private static Rule rule(String id) {
		return DefaultRules.rules().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

	private static Inspected subject(List<Utterance> said, Inspected.OrderFacts order) {
		return new Inspected(new Conversation("c", said), null, order);
	}

	private static List<String> ruleIds(List<Finding> findings) {
		return findings.stream().map(Finding::ruleId).toList();
	}

	static Utterance agent(String text, double start, double end) {
		return new Utterance(Speaker.AGENT, text, ms(start), ms(end));
	}

	static Utterance caller(String text, double start, double end) {
		return new Utterance(Speaker.CALLER, text, ms(start), ms(end));
	}

	private static Duration ms(double seconds) {
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

}
