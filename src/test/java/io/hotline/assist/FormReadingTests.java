package io.hotline.assist;

import java.util.List;

import io.hotline.address.AddressRecognition;
import io.hotline.address.AddressRecognition.Match;
import io.hotline.address.AddressRecognition.Place;
import io.hotline.classification.Prediction;
import io.hotline.conversation.Conversation;
import io.hotline.org.Division;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form read from a conversation with a stand-in classifier, recognizer and rules:
 * each field with the utterance it came from.
 */
class FormReadingTests {

	/** A reading whose classifier says 噪音扰民 (0301) and whose recognizer knows 天河区石牌街. */
	static FormReading reading() {
		return new FormReading(
				(text) -> text.contains("噪音") ? ScenarioChecksTests.noise()
						: new Prediction(List.of(new Prediction.Scored("0101", 0.3)), List.of()),
				(code) -> code.equals("0301") ? "噪音扰民" : "其他", FormReadingTests::place, ScenarioChecksTests.ALARMS);
	}

	private static AddressRecognition place(String text) {
		int at = text.indexOf("天河区石牌街");
		if (at < 0) {
			return AddressRecognition.NONE;
		}
		Division district = new Division("440106", "天河区", Division.DISTRICT, "4401");
		Division street = new Division("440106011", "石牌街道", Division.STREET, "440106");
		return new AddressRecognition(new Place(null, null, district, street, null), 0.9, true,
				AddressRecognition.Status.RECOGNISED, List.of(),
				List.of(new Match("天河区", at, at + 3, "440106", 3, "official"),
						new Match("石牌街", at + 3, at + 6, "440106011", 4, "common")));
	}

	@Test
	void eachFieldFromTheUtteranceThatSaidIt() {
		Conversation call = ScenarioChecksTests.call("您好，12345热线", "我要投诉，天河区石牌街华景路的工地晚上施工噪音太大了，吵得睡不着", "请问您贵姓？", "免贵姓刘",
				"联系电话是多少？", "幺五九 零零零零 一一一一", "好的刘女士，还有别的吗", "希望有关部门尽快处理");
		ProposedForm form = reading().read(call);
		assertThat(form.type().value()).isEqualTo("COMPLAINT");
		assertThat(form.type().utterance()).isEqualTo(1);
		assertThat(form.category().value()).isEqualTo("0301");
		assertThat(form.category().label()).isEqualTo("噪音扰民");
		assertThat(form.category().utterance()).isEqualTo(1);
		assertThat(form.address().value()).isEqualTo("440106011");
		assertThat(form.address().label()).isEqualTo("天河区石牌街道");
		assertThat(form.address().evidence()).startsWith("天河区石牌街华景路的工地");
		assertThat(form.streetCode()).isEqualTo("440106011");
		assertThat(form.callerName().value()).isEqualTo("刘");
		assertThat(form.callerName().utterance()).isEqualTo(3);
		assertThat(form.callerPhone().value()).isEqualTo("15900001111");
		assertThat(form.callerPhone().utterance()).isEqualTo(5);
		assertThat(form.title().value()).isEqualTo("天河区石牌街华景路的工地晚上施工噪音太大了");
		assertThat(form.summary().value()).startsWith("来电人反映：").contains("施工噪音太大了", "诉求：希望有关部门尽快处理");
		assertThat(form.urgency().value()).isEqualTo("NORMAL");
		assertThat(form.fields()).containsOnlyKeys(ProposedForm.FIELDS);
	}

	@Test
	void theAnswerToWhereGivesTheAddressBeforeAPlaceTheStoryNamed() {
		Conversation call = ScenarioChecksTests.call("您好，12345热线", "我家在外地海珠区那边也有房子，不过这次是工地噪音的事", "请问具体在什么位置？",
				"天河区石牌街这一带");
		FormReading reading = new FormReading(reading().categories(), reading().categoryNames(), (text) -> {
			int other = text.indexOf("海珠区");
			int asked = text.indexOf("天河区石牌街");
			return (other >= 0 && (asked < 0 || other < asked)) ? haizhu(other) : place(text);
		}, ScenarioChecksTests.ALARMS);
		ProposedForm form = reading.read(call);
		assertThat(form.streetCode()).isEqualTo("440106011");
		assertThat(form.address().utterance()).isEqualTo(3);
		ProposedForm unasked = reading.read(ScenarioChecksTests.call("您好，12345热线", "我家在海珠区那边，工地噪音"));
		assertThat(unasked.districtCode()).as("no where-question: all the caller's words").isEqualTo("440105");
	}

	private static AddressRecognition haizhu(int at) {
		Division district = new Division("440105", "海珠区", Division.DISTRICT, "4401");
		return new AddressRecognition(new Place(null, null, district, null, null), 0.7, true,
				AddressRecognition.Status.RECOGNISED, List.of(),
				List.of(new Match("海珠区", at, at + 3, "440105", 3, "official")));
	}

	@Test
	void anEmergencyMakesItVeryUrgentAndNothingSaidFillsNothing() {
		ProposedForm fire = reading().read(ScenarioChecksTests.chat("楼下着火了！"));
		assertThat(fire.urgency().value()).isEqualTo("VERY_URGENT");
		assertThat(fire.urgency().utterance()).isZero();
		ProposedForm silent = reading().read(ScenarioChecksTests.call("您好，请讲", "喂"));
		assertThat(silent.address().filled()).isFalse();
		assertThat(silent.callerName().filled()).isFalse();
		assertThat(silent.callerPhone().filled()).isFalse();
		assertThat(silent.title().filled()).isFalse();
	}

	@Test
	void theDialogueModelsSummaryMakesTheTitleAndTheExtractiveOneStandsInWhereItSaysNothing() {
		Conversation call = ScenarioChecksTests.call("您好，12345热线", "我想问一下，小区门口的路灯坏了一个星期了，什么时候能修", "请问您贵姓？", "免贵姓刘");
		List<String> classified = new java.util.ArrayList<>();
		FormReading base = reading();
		FormReading modelled = new FormReading((text) -> {
			classified.add(text);
			return base.categories().apply(text);
		}, base.categoryNames(), base.places(), base.alarms(), (c) -> "用户询问小区门口路灯什么时候能修。用户要求尽快。");
		ProposedForm form = modelled.read(call);
		assertThat(form.summary().value()).isEqualTo("用户询问小区门口路灯什么时候能修。用户要求尽快。");
		assertThat(form.summary().evidence()).isEqualTo(Summaries.MODEL);
		assertThat(form.summary().utterance()).isEqualTo(1);
		assertThat(form.title().value()).isEqualTo("用户询问小区门口路灯什么时候能修");
		assertThat(classified).as("the caller's words alone: the summary before them made the category worse")
			.singleElement()
			.isEqualTo("我想问一下，小区门口的路灯坏了一个星期了，什么时候能修\n免贵姓刘");

		FormReading silentModel = new FormReading(base.categories(), base.categoryNames(), base.places(), base.alarms(),
				(c) -> Summaries.NOTHING);
		ProposedForm extractive = silentModel.read(call);
		assertThat(extractive.summary().value()).startsWith("来电人反映：").contains("路灯坏了一个星期了");
		assertThat(extractive.title().value()).isEqualTo("小区门口的路灯坏了一个星期了");
		assertThat(silentModel.read(ScenarioChecksTests.call("您好，请讲", "喂")).summary().filled()).isFalse();
	}

}
