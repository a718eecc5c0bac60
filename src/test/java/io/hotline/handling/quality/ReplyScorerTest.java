package io.hotline.handling.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer on its own: a reply that says what was done, when and by whom about the
 * request's matter scores high; an evasive one, a very short one and one that copies the
 * unit's earlier replies score low, each with its reason in Chinese.
 */
class ReplyScorerTest {

	private final ReplyScorer scorer = new ReplyScorer(ReplyQualityRules.defaults());

	private static final String TITLE = "天河路口路灯不亮";

	private static final String REQUEST = "天河路与体育西路路口的路灯已经坏了一个多月，晚上路口很黑，行人过马路很危险，希望尽快修复路灯。";

	@Test
	void aReplyThatSaysWhatWhenAndWhoAboutTheMatterScoresHigh() {
		ReplyScore score = this.scorer.score(TITLE, REQUEST,
				"您好！经现场核查，天河路与体育西路路口的路灯因线路老化不亮。区城管局路灯所工作人员已于3月5日更换线路并修复路灯，" + "现已恢复照明。如仍有问题，请拨打联系电话020-83838383。",
				List.of());
		assertThat(score.score()).isGreaterThanOrEqualTo(90);
		assertThat(score.what()).isEqualTo(1);
		assertThat(score.when()).isEqualTo(1);
		assertThat(score.who()).isEqualTo(1);
		assertThat(score.templating()).isZero();
		assertThat(score.reasons()).isEmpty();
	}

	@Test
	void anEvasiveReplyScoresLowAndSaysWhy() {
		ReplyScore score = this.scorer.score(TITLE, REQUEST, "您好！您反映的问题已转交相关部门，正在研究，请耐心等待。感谢您的支持！", List.of());
		assertThat(score.score()).isLessThan(20);
		assertThat(score.reasons()).contains("未说明办理了什么", "未说明办理时间", "未说明由谁办理")
			.anyMatch((r) -> r.startsWith("推诿或空话（“"))
			.anyMatch((r) -> r.startsWith("答复过短（"));
	}

	@Test
	void aVeryShortReplyScoresAtMostTwenty() {
		ReplyScore score = this.scorer.score(TITLE, REQUEST, "已修复天河路口路灯。", List.of());
		assertThat(score.score()).isLessThanOrEqualTo(ReplyScorer.SHORT_CAP);
		assertThat(score.reasons()).contains("答复过短（9 字）");
	}

	@Test
	void aReplyThatCopiesManyOfTheUnitsRepliesIsTemplated() {
		String template = "您好！经核查，您反映的问题我单位已于%s日安排工作人员到现场处理，相关情况已按规定妥善解决，后续我单位将持续跟进，" + "如有疑问请拨打联系电话020-8888%s。";
		List<int[]> earlier = List.of(ReplyScorer.shingles(template.formatted("1", "1111")),
				ReplyScorer.shingles(template.formatted("2", "2222")),
				ReplyScorer.shingles(template.formatted("3", "3333")), ReplyScorer.shingles("您好！天河路口的路灯已修复，感谢您的监督。"));
		ReplyScore copied = this.scorer.score(TITLE, REQUEST, template.formatted("4", "4444"), earlier);
		ReplyScore fresh = this.scorer.score(TITLE, REQUEST, template.formatted("4", "4444"), List.of());
		assertThat(copied.nearCopies()).isEqualTo(3);
		assertThat(copied.templating()).isEqualTo(1);
		assertThat(copied.reasons()).contains("与本单位 3 条答复高度雷同");
		assertThat(fresh.score() - copied.score()).isEqualTo(ReplyScorer.ORIGINALITY);
	}

	@Test
	void aReplyThatRepeatsOneSentenceAHundredTimesIsPadding() {
		String sentence = "经现场核查，区城管局路灯所工作人员已于3月5日修复天河路与体育西路路口的路灯。";
		ReplyScore once = this.scorer.score(TITLE, REQUEST, sentence + "如仍有问题，请拨打联系电话020-83838383。", List.of());
		ReplyScore padded = this.scorer.score(TITLE, REQUEST, sentence.repeat(100), List.of());
		assertThat(once.score()).isGreaterThanOrEqualTo(60);
		assertThat(padded.score()).isLessThanOrEqualTo(ReplyScorer.SHORT_CAP);
		assertThat(padded.reasons()).anyMatch((r) -> r.startsWith("答复内容自我重复（99%"));
	}

	@Test
	void aParagraphPastedTwiceIsPaddingButAWrittenReplyIsNot() {
		String paragraph = "您好！经现场核查，天河路与体育西路路口的路灯因线路老化不亮。区城管局路灯所工作人员已于3月5日更换线路并修复路灯，"
				+ "现已恢复照明。如仍有问题，请拨打联系电话020-83838383。";
		assertThat(ReplyText.repetition(paragraph)).isLessThan(0.1);
		ReplyScore twice = this.scorer.score(TITLE, REQUEST, paragraph + "\n" + paragraph, List.of());
		assertThat(twice.score()).isLessThan(ReplyQualityRules.defaults().threshold());
		assertThat(twice.reasons()).anyMatch((r) -> r.startsWith("答复内容自我重复（"));
	}

	@Test
	void aReplyAboutSomethingElseIsNotRelevant() {
		ReplyScore score = this.scorer.score(TITLE, REQUEST,
				"您好！经核查，关于小区物业收费标准的问题，区住建局工作人员已于3月5日约谈物业公司，责令其按政府指导价收费并公示收费项目。", List.of());
		assertThat(score.relevance()).isLessThan(0.5);
		assertThat(score.reasons()).anyMatch((r) -> r.startsWith("与诉求内容关联弱"));
	}

}
