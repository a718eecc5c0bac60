package io.hotline.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The negation window: which exclusion words negate which occurrences of a trigger. */
class NegationWindowTests {

	private static final List<String> INJURY = List.of("受伤", "流血", "昏迷");

	private static final List<String> FIRE = List.of("着火", "火灾", "冒烟");

	private static final List<String> NEGATIONS = List.of("没有", "没", "无", "不是", "防止", "已经灭了", "隐患");

	@Test
	void aNegationRightBeforeTheTriggerNegatesIt() {
		assertThat(words(INJURY, "有人受伤了")).containsExactly("受伤");
		assertThat(words(INJURY, "没有受伤")).isEmpty();
		assertThat(words(INJURY, "没有人受伤")).isEmpty();
		assertThat(words(INJURY, "没有发现有人受伤")).as("four characters between").isEmpty();
		assertThat(words(INJURY, "无人受伤")).isEmpty();
		assertThat(words(FIRE, "不是着火，是烧烤的烟")).isEmpty();
		assertThat(words(FIRE, "要防止火灾")).isEmpty();
	}

	@Test
	void theWindowBeforeStopsAtTheClauseAndAtItsWidth() {
		assertThat(words(FIRE, "家里没有人，厨房着火了")).containsExactly("着火");
		assertThat(words(INJURY, "没有想到这么快就有人被打受伤")).containsExactly("受伤");
		assertThat(words(INJURY, "无奈之下受伤")).as("one character binds only to the next").containsExactly("受伤");
	}

	@Test
	void anOutcomeAfterTheTriggerNegatesItInTheSameSentenceButABareNegationDoesNot() {
		assertThat(words(FIRE, "楼下着火了，已经灭了")).isEmpty();
		assertThat(words(FIRE, "楼下着火了。消防车来了，火已经灭了")).as("another sentence").containsExactly("着火");
		assertThat(words(FIRE, "楼下着火了，没有人受伤")).containsExactly("着火");
		assertThat(words(FIRE, "楼道堆满杂物有火灾隐患")).isEmpty();
	}

	@Test
	void anExclusionInsideATriggerDoesNotNegateIt() {
		assertThat(words(List.of("没有王法", "气死"), "简直没有王法了，气死人")).containsExactly("没有王法", "气死");
	}

	@Test
	void theLongestOverlappingTriggerCountsAndEachWordOnce() {
		assertThat(words(List.of("泄漏", "煤气泄漏"), "煤气泄漏了，到处都是，又泄漏了")).containsExactly("煤气泄漏", "泄漏");
		assertThat(words(INJURY, "流血了，一直流血，没有昏迷")).containsExactly("流血");
		assertThat(words(INJURY, "")).isEmpty();
		assertThat(words(INJURY, null)).isEmpty();
	}

	@Test
	void aRuleFiresFromItsMinimumOfDistinctWords() {
		LinkageRule emotion = new LinkageRule(1, "EMOTION", "强烈情绪", RuleKind.RISK, null, RiskType.STRONG_EMOTION,
				List.of("忍无可忍", "气死", "太过分"), List.of(), 2, true, 0, "system", null);
		assertThat(emotion.fire("气死了，气死了")).isEmpty();
		assertThat(emotion.fire("真是太过分了，气死了")).containsExactly("太过分", "气死");
	}

	private static List<String> words(List<String> triggers, String text) {
		return NegationWindow.matches(triggers, NEGATIONS, text);
	}

}
