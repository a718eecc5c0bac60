package io.hotline.address;

import io.hotline.org.Actor;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Local names learned from addresses whose place a person confirmed. */
@HotlineTest
class AliasLearningTests {

	private static final ResolvedAddress SHIPAI = new ResolvedAddress("440106", "440106006", null);

	@Autowired
	AliasLearning learning;

	@Autowired
	AddressAliases aliases;

	@Autowired
	AddressRecognizer recognizer;

	@Test
	void learnsACompoundOnceTwoConfirmedOrdersNamedIt() {
		assertThat(this.recognizer.recognize("骏景花园门口积水").place().street()).isNull();

		assertThat(this.learning.learn("天河石牌那边骏景花园门口", SHIPAI))
			.hasValue(new AliasLearning.Learned("骏景花园", "440106006", 1, false));
		assertThat(this.recognizer.recognize("骏景花园门口积水").place().street()).isNull();
		assertThat(this.learning.learn("石牌街道骏景花园3栋", SHIPAI))
			.hasValue(new AliasLearning.Learned("骏景花园", "440106006", 2, true));

		AddressRecognition learned = this.recognizer.recognize("骏景花园门口积水");
		assertThat(learned.place().codes()).isEqualTo(SHIPAI);
		assertThat(learned.matched()).extracting(AddressRecognition.Match::form).containsExactly("alias");
	}

	@Test
	void learnsTheRoadOrCompoundThatTheOfficialNamesDoNotExplain() {
		ResolvedAddress shiqiao = new ResolvedAddress("440113", "440113007", null);
		assertThat(this.learning.learn("番禺市桥某某花园", shiqiao)).get()
			.extracting(AliasLearning.Learned::alias)
			.isEqualTo("某某花园");
		assertThat(this.learning.learn("家住番禺区市桥街道，门口积水", shiqiao)).isEmpty();
		assertThat(this.learning.learn("天河区", new ResolvedAddress("440106", null, null))).isEmpty();
		assertThat(this.learning.learn("天河区某处", ResolvedAddress.NONE)).isEmpty();
	}

	@Test
	void takesBackAConfirmationWhenAnotherDivisionIsConfirmed() {
		ResolvedAddress wushan = new ResolvedAddress("440106", "440106001", null);
		this.learning.learn("天河石牌那边红棉苑", SHIPAI);
		this.learning.learn("天河石牌红棉苑", SHIPAI);
		this.learning.learn("石牌红棉苑", SHIPAI);
		assertThat(this.learning.learn("五山那边红棉苑", wushan))
			.hasValue(new AliasLearning.Learned("红棉苑", "440106006", 2, true));
	}

	@Test
	void leavesAnAdministratorsAliasAlone() {
		this.aliases.create("体育中心北苑", "440106", Actor.system());
		assertThat(this.learning.learn("石牌体育中心北苑", SHIPAI)).isEmpty();
		assertThat(this.aliases.aliases(Actor.system())).filteredOn((alias) -> alias.alias().equals("体育中心北苑"))
			.extracting(AddressAliases.Alias::code, AddressAliases.Alias::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("440106", "ADMIN"));
	}

}
