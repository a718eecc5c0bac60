package io.hotline.quality.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hotline.address.AddressRecognition;
import io.hotline.address.AddressRecognition.Match;
import io.hotline.address.AddressRecognition.Place;
import io.hotline.assist.FormReading;
import io.hotline.assist.ScenarioChecks.KnownAnswer;
import io.hotline.classification.Prediction;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.RuleKind;
import io.hotline.org.Division;
import io.hotline.quality.DefaultRules;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Inspector;
import io.hotline.quality.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assist's scenario checks as rule kinds of the engine, with stand-in knowledge,
 * classifier, recognizer and linkage rules: each with a call that triggers it and one
 * that does not, the finding on the utterance with the evidence quoted.
 */
class ScenarioKindsTests {

	private static final KnownAnswer PERMIT = new KnownAnswer(7, "居住证办理时限",
			"居住证自受理之日起15个工作日内办结，工本费20元，咨询电话12345。需携带身份证和租赁合同到社区服务中心办理。");

	private static final FormReading READING = new FormReading(
			(text) -> text.contains("噪音")
					? new Prediction(List.of(new Prediction.Scored("0301", 0.8)), List.of(new Prediction.Term("噪音", 1)))
					: new Prediction(List.of(new Prediction.Scored("0101", 0.3)), List.of()),
			(code) -> code.equals("0301") ? "噪音扰民" : "其他", ScenarioKindsTests::place,
			(text) -> text.contains("着火")
					? List.of(new LinkageHit("FIRE", "火灾", RuleKind.EMERGENCY, "119", null, List.of("着火"), "建议立即转 119"))
					: List.of());

	private final Inspector inspector = new Inspector(
			List.of(new KnowledgeAnswerCheck((q) -> q.contains("居住证") ? Optional.of(PERMIT) : Optional.empty()),
					new EmergencyHandoffCheck(() -> READING), new OrderCategorySaidCheck(() -> READING),
					new OrderAddressSaidCheck(() -> READING), new OrderCallerSaidCheck(() -> READING)));

	@Test
	void theDefaultRulesHaveEveryScenarioKind() {
		assertThat(this.inspector.kinds()).containsExactly("ANSWER_KNOWLEDGE", "EMERGENCY_HANDOFF",
				"ORDER_ADDRESS_SAID", "ORDER_CALLER_SAID", "ORDER_CATEGORY_SAID");
		assertThat(DefaultRules.rules()).extracting(Rule::kind).containsAll(this.inspector.kinds());
	}

	@Test
	void answerKnowledge() {
		List<Finding> found = inspect(call(null, "您好，12345热线", "请问居住证办下来要多久？", "一般30个工作日左右，您耐心等一下"),
				"answer-knowledge");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).utterance()).isEqualTo(2);
		assertThat(found.get(0).speaker()).isEqualTo(Speaker.AGENT);
		assertThat(found.get(0).quote()).isEqualTo("30个工作日");
		assertThat(found.get(0).message()).contains("居住证办理时限", "15个工作日");
		assertThat(
				inspect(call(null, "您好，12345热线", "请问居住证办下来要多久？", "受理后十五个工作日内办结，带上身份证和租赁合同去社区服务中心"), "answer-knowledge"))
			.isEmpty();
	}

	@Test
	void emergencyHandoffInTimeOrNot() {
		Inspected late = new Inspected(
				new Conversation("c1",
						List.of(timed(Speaker.AGENT, "您好，12345热线", 0, 2), timed(Speaker.CALLER, "我家楼下着火了！", 3, 5),
								timed(Speaker.AGENT, "您别急，请问具体地址？", 6, 8), timed(Speaker.AGENT, "好的我帮您转接119", 50, 52))),
				null, null);
		List<Finding> found = this.inspector.inspect(late, List.of(rule("emergency-handoff")));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).utterance()).isEqualTo(1);
		assertThat(found.get(0).quote()).isEqualTo("着火");
		assertThat(found.get(0).message()).contains("119");
		Rule patient = rule("emergency-handoff").with(java.util.Map.of("seconds", 60));
		assertThat(this.inspector.inspect(late, List.of(patient))).as("the quality team allows a minute").isEmpty();
		assertThat(inspect(call(null, "您好，12345热线", "路灯坏了", "好的"), "emergency-handoff")).isEmpty();
	}

	@Test
	void theOrdersFieldsAgainstWhatWasSaid() {
		String[] said = { "您好，12345热线", "我姓王，天河区石牌街这边工地晚上施工噪音太大了，我的电话13812345678", "好的，我们会转交处理" };
		Inspected.OrderFacts wrong = new Inspected.OrderFacts(1, "G1", "COMPLAINT", "010101", "工地夜间施工噪音扰民", "越秀区北京街某工地",
				"agent1", "13900000000");
		assertThat(inspect(call(wrong, said), "order-category-said")).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("噪音扰民"));
		assertThat(inspect(call(wrong, said), "order-address-said")).singleElement()
			.satisfies((f) -> assertThat(f.utterance()).isEqualTo(1));
		assertThat(inspect(call(wrong, said), "order-caller-said")).singleElement()
			.satisfies((f) -> assertThat(f.quote()).isEqualTo("138****5678"));
		Inspected.OrderFacts right = new Inspected.OrderFacts(2, "G2", "COMPLAINT", "0301", "工地夜间施工噪音扰民", "天河区石牌街华景路工地",
				"agent1", "13812345678");
		for (String rule : List.of("order-category-said", "order-address-said", "order-caller-said")) {
			assertThat(inspect(call(right, said), rule)).as(rule).isEmpty();
			assertThat(inspect(call(null, said), rule)).as(rule + " without an order").isEmpty();
		}
	}

	@Test
	void theOrdersRegisteredPlaceAndNameAgainstWhatWasSaid() {
		String[] said = { "您好，12345热线", "我姓王，天河区石牌街这边工地晚上施工噪音太大了，我的电话13812345678", "好的，我们会转交处理" };
		// registered in 越秀区 (440104) to a 李: the address text alone would agree
		Inspected.OrderFacts registered = new Inspected.OrderFacts(3, "G3", "COMPLAINT", "0301", "工地夜间施工噪音扰民",
				"天河区石牌街华景路工地", "agent1", "13812345678", "440104", null, "李女士");
		assertThat(inspect(call(registered, said), "order-address-said")).singleElement()
			.satisfies((f) -> assertThat(f.utterance()).isEqualTo(1));
		assertThat(inspect(call(registered, said), "order-caller-said")).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("王"));
		Inspected.OrderFacts agrees = new Inspected.OrderFacts(4, "G4", "COMPLAINT", "0301", "工地夜间施工噪音扰民", null,
				"agent1", null, "440106", null, "王先生");
		assertThat(inspect(call(agrees, said), "order-address-said")).isEmpty();
		assertThat(inspect(call(agrees, said), "order-caller-said")).isEmpty();
	}

	private List<Finding> inspect(Inspected subject, String ruleId) {
		return this.inspector.inspect(subject, List.of(rule(ruleId)));
	}

	private static Rule rule(String id) {
		return DefaultRules.rules().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

	/** The agent first, then the caller, in turns. */
	private static Inspected call(Inspected.OrderFacts order, String... texts) {
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			utterances.add(Utterance.of((i % 2 == 0) ? Speaker.AGENT : Speaker.CALLER, texts[i]));
		}
		Instant end = Instant.parse("2026-12-01T02:00:00Z");
		return new Inspected(new Conversation("c1", utterances),
				new Inspected.CallFacts("c1", "agent1", end.minusSeconds(60), end), order);
	}

	private static Utterance timed(Speaker speaker, String text, int start, int end) {
		return new Utterance(speaker, text, Duration.ofSeconds(start), Duration.ofSeconds(end));
	}

	/** 天河区石牌街 and 越秀区北京街 are known. */
	private static AddressRecognition place(String text) {
		if (text.contains("天河区石牌街")) {
			return recognised(text.indexOf("天河区石牌街"), new Division("440106", "天河区", Division.DISTRICT, "4401"),
					new Division("440106011", "石牌街道", Division.STREET, "440106"));
		}
		if (text.contains("越秀区北京街")) {
			return recognised(text.indexOf("越秀区北京街"), new Division("440104", "越秀区", Division.DISTRICT, "4401"),
					new Division("440104003", "北京街道", Division.STREET, "440104"));
		}
		return AddressRecognition.NONE;
	}

	private static AddressRecognition recognised(int at, Division district, Division street) {
		return new AddressRecognition(new Place(null, null, district, street, null), 0.9, true,
				AddressRecognition.Status.RECOGNISED, List.of(),
				List.of(new Match(district.name(), at, at + 3, district.code(), 3, "official"),
						new Match(street.name(), at + 3, at + 6, street.code(), 4, "common")));
	}

}
