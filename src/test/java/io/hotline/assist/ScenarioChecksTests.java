package io.hotline.assist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.hotline.address.AddressRecognition;
import io.hotline.assist.ScenarioChecks.KnownAnswer;
import io.hotline.assist.ScenarioChecks.OrderFields;
import io.hotline.classification.Prediction;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.linkage.LinkageHit;
import io.hotline.linkage.RuleKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each scenario check on a conversation that triggers it and on one that does not. */
class ScenarioChecksTests {

	private static final KnownAnswer PERMIT = new KnownAnswer(7, "居住证办理时限",
			"居住证自受理之日起15个工作日内办结，工本费20元，咨询电话12345。需携带身份证和租赁合同到社区服务中心办理。");

	private static final Function<String, Optional<KnownAnswer>> ARTICLES = (text) -> text.contains("居住证")
			? Optional.of(PERMIT) : Optional.empty();

	static final Function<String, List<LinkageHit>> ALARMS = (text) -> text.contains("着火")
			? List.of(new LinkageHit("FIRE", "火灾", RuleKind.EMERGENCY, "119", null, List.of("着火"), "建议立即转 119"))
			: List.of();

	@Test
	void anAnswerThatContradictsTheArticleIsAFinding() {
		CheckResult result = ScenarioChecks.answerAgreesWithKnowledge(chat("请问居住证办下来要多久？", "一般30个工作日左右，您耐心等一下"),
				ARTICLES);
		assertThat(result.passed()).isFalse();
		assertThat(result.code()).isEqualTo(ScenarioChecks.ANSWER_KNOWLEDGE);
		assertThat(result.utterance()).isEqualTo(1);
		assertThat(result.evidence()).isEqualTo("30个工作日");
		assertThat(result.message()).contains("30个工作日", "居住证办理时限", "15个工作日");
		assertThat(result.message(Locale.ENGLISH)).contains("contradicts");
	}

	@Test
	void anAnswerThatSharesNothingIsAFinding() {
		CheckResult result = ScenarioChecks.answerAgreesWithKnowledge(chat("请问居住证怎么办？", "这个不归我们管，您去问问别人吧"), ARTICLES);
		assertThat(result.passed()).isFalse();
		assertThat(result.messageKey()).isEqualTo("assist.check.answer-unrelated");
	}

	@Test
	void anAnswerThatAgreesWithTheArticlePasses() {
		assertThat(ScenarioChecks
			.answerAgreesWithKnowledge(chat("请问居住证办下来要多久？", "居住证受理后十五个工作日内办结，带上身份证和租赁合同去社区服务中心"), ARTICLES)
			.passed()).isTrue();
		assertThat(ScenarioChecks.answerAgreesWithKnowledge(chat("楼下一直很吵", "好的我记下了"), ARTICLES).messageKey())
			.isEqualTo("assist.check.no-question");
	}

	@Test
	void anEmergencyNotHandedOnInTimeIsAFinding() {
		Conversation late = timed(caller(0, 5, "我家楼下着火了"), agent(6, 10, "您别着急，请问具体在哪个小区"), caller(11, 15, "华景新城"),
				agent(50, 55, "好的我帮您转接119"));
		CheckResult result = ScenarioChecks.emergencyHandedOn(late, ALARMS, Duration.ofSeconds(30));
		assertThat(result.passed()).isFalse();
		assertThat(result.utterance()).isZero();
		assertThat(result.evidence()).isEqualTo("着火");
		assertThat(result.message()).contains("着火", "119", "30");
		Conversation never = chat("楼道里着火了", "请您稍等", "嗯", "您说的是哪一栋", "5栋", "我记录一下");
		assertThat(ScenarioChecks.emergencyHandedOn(never, ALARMS, Duration.ofSeconds(30)).passed()).isFalse();
	}

	@Test
	void anEmergencyHandedOnAtOncePasses() {
		Conversation quick = timed(caller(0, 5, "我家楼下着火了"), agent(6, 12, "请不要慌，我马上帮您转接119消防"));
		CheckResult result = ScenarioChecks.emergencyHandedOn(quick, ALARMS, Duration.ofSeconds(30));
		assertThat(result.passed()).isTrue();
		assertThat(result.utterance()).isEqualTo(1);
		assertThat(ScenarioChecks.emergencyHandedOn(chat("路灯坏了", "好的"), ALARMS, Duration.ofSeconds(30)).messageKey())
			.isEqualTo("assist.check.no-emergency");
	}

	@Test
	void anOrderThatDisagreesWithTheConversationIsAFinding() {
		FormReading reading = FormReadingTests.reading();
		Conversation call = call("您好12345", "我姓王，天河区石牌街这边工地晚上施工噪音太大了，我的电话13812345678");
		List<CheckResult> wrong = ScenarioChecks.orderAgreesWithConversation(call, reading,
				new OrderFields("010101", "440103", "440103001", "李四", "13900000000"), 0.5);
		assertThat(wrong).extracting(CheckResult::passed).containsExactly(false, false, false);
		assertThat(wrong.get(0).message()).contains("噪音扰民");
		assertThat(wrong.get(2).evidence()).isEqualTo("13812345678");
		List<CheckResult> right = ScenarioChecks.orderAgreesWithConversation(call, reading,
				new OrderFields("0301", "440106", "440106011", "王先生", "13812345678"), 0.5);
		assertThat(right).extracting(CheckResult::passed).containsExactly(true, true, true);
	}

	static Conversation chat(String... texts) {
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			utterances.add(Utterance.of((i % 2 == 0) ? Speaker.CALLER : Speaker.AGENT, texts[i]));
		}
		return new Conversation(null, utterances);
	}

	/** The agent first, then the caller, in turns. */
	static Conversation call(String... texts) {
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			utterances.add(Utterance.of((i % 2 == 0) ? Speaker.AGENT : Speaker.CALLER, texts[i]));
		}
		return new Conversation(null, utterances);
	}

	private static Conversation timed(Utterance... utterances) {
		return new Conversation("c1", List.of(utterances));
	}

	private static Utterance caller(int start, int end, String text) {
		return new Utterance(Speaker.CALLER, text, Duration.ofSeconds(start), Duration.ofSeconds(end));
	}

	private static Utterance agent(int start, int end, String text) {
		return new Utterance(Speaker.AGENT, text, Duration.ofSeconds(start), Duration.ofSeconds(end));
	}

	static Prediction noise() {
		return new Prediction(List.of(new Prediction.Scored("0301", 0.8)), List.of(new Prediction.Term("噪音", 1)));
	}

	static AddressRecognition none() {
		return AddressRecognition.NONE;
	}

}
