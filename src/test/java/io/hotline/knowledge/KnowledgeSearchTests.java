package io.hotline.knowledge;

import java.util.List;

import io.hotline.classification.TextEmbeddings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text, semantic and combined search on a handful of hotline articles. */
class KnowledgeSearchTests {

	static final List<Article> ARTICLES = List.of(
			new Article(1, "住房公积金提取", List.of("怎么取公积金", "租房能提取公积金吗"), "职工租住商品住房的，可凭租赁合同和身份证到公积金中心柜台或网上办理提取。",
					List.of("公积金")),
			new Article(2, "医疗保险异地就医备案", List.of("在外地看病怎么报销"), "参保人员异地就医前，应通过国家医保服务平台办理备案，备案后可直接结算。", List.of("医保")),
			new Article(3, "噪音扰民投诉", List.of("晚上施工太吵"), "夜间22时至次日6时禁止产生环境噪声污染的建筑施工作业，可向生态环境部门投诉。", List.of("环保")),
			new Article(4, "新生儿落户", List.of("孩子出生后怎么上户口"), "新生儿出生一个月内，凭出生医学证明、父母户口簿到派出所办理出生登记。", List.of("户籍")),
			new Article(5, "拖欠工资怎么办", List.of("老板不发工资"), "劳动者被拖欠工资的，可向劳动保障监察机构投诉，或申请劳动争议仲裁。", List.of("劳动")),
			new Article(6, "电动自行车充电", List.of("楼道里给电瓶车充电"), "禁止在楼道、楼梯间等公共区域停放电动自行车或为其充电，请使用集中充电设施。", List.of("消防")));

	static KnowledgeSearch search;

	@BeforeAll
	static void build() {
		Assumptions.assumeTrue(TextEmbeddings.unavailable().isEmpty(),
				() -> "skipped: the embedding model cannot run here: " + TextEmbeddings.unavailable().orElse(""));
		search = KnowledgeSearch.build(ARTICLES);
	}

	@AfterAll
	static void close() {
		if (search != null) {
			search.close();
		}
	}

	@Test
	void findsAnArticleByTheWordsOfItsTitleAndHighlightsThem() {
		List<KnowledgeHit> hits = search.search("公积金提取需要什么材料", 3, SearchMode.FULLTEXT);
		assertThat(hits.get(0).id()).isEqualTo(1);
		assertThat(hits.get(0).title()).isEqualTo("住房公积金提取");
		assertThat(hits.get(0).highlight()).contains("<em>公积金</em>");
	}

	@Test
	void findsAnArticleThroughASynonymOfItsWords() {
		assertThat(search.search("医保", 1, SearchMode.FULLTEXT)).extracting(KnowledgeHit::id).containsExactly(2L);
		assertThat(search.search("电瓶车", 1, SearchMode.FULLTEXT)).extracting(KnowledgeHit::id).containsExactly(6L);
	}

	@Test
	void toleratesOneWrongCharacterThroughTheOtherBigrams() {
		// 住房公积金 typed as 住房公机金: 住房 and 房公 still match.
		assertThat(search.search("住房公机金提取", 1, SearchMode.FULLTEXT).get(0).id()).isEqualTo(1);
	}

	@Test
	void findsAnArticleByMeaningWithoutSharedWords() {
		assertThat(search.search("隔壁工地半夜还在干活，吵得睡不着", 1, SearchMode.SEMANTIC).get(0).id()).isEqualTo(3);
		assertThat(search.search("宝宝刚生下来要去哪里登记", 1, SearchMode.SEMANTIC).get(0).id()).isEqualTo(4);
	}

	@Test
	void combinesBothRankingsBestFirst() {
		List<KnowledgeHit> hits = search.search("公司三个月没发工资了，我该找谁", 3, SearchMode.COMBINED);
		assertThat(hits.get(0).id()).isEqualTo(5);
		assertThat(hits).extracting(KnowledgeHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void answersNothingForABlankQuery() {
		assertThat(search.search("  ", 5, SearchMode.COMBINED)).isEmpty();
	}

	@Test
	void fusesTwoRankingsThatAgreeOnTheFirstAndDisagreeBelow() {
		List<KnowledgeHit> fulltext = List.of(hit(1, 9), hit(2, 5), hit(3, 1));
		List<KnowledgeHit> semantic = List.of(hit(1, 0.9), hit(3, 0.8), hit(4, 0.2));
		assertThat(Fusion.reciprocalRank(60).fuse(fulltext, semantic)).extracting(KnowledgeHit::id).startsWith(1L, 3L);
		assertThat(Fusion.weighted(1.0).fuse(fulltext, semantic)).extracting(KnowledgeHit::id).startsWith(1L, 2L, 3L);
	}

	@Test
	void aChangedSearchFindsTheNewVersionAndTheOldSearchStaysAsItWas() {
		Article renamed = new Article(1, "灵活就业人员参保登记", List.of("自由职业怎么交社保"),
				"灵活就业人员可持身份证到社保经办机构或通过电子税务局办理参保登记，按月或按年缴费。", List.of("社保"));
		Article added = new Article(7, "古树名木认养", List.of("怎么认养一棵古树"), "市民可向园林绿化部门申请认养古树名木，签订认养协议后负责日常养护费用。",
				List.of("园林"));
		KnowledgeSearch changed = search.with(List.of(renamed, added), KnowledgeSearch.embed(List.of(renamed, added)),
				List.of(6L));
		assertThat(changed.segments()).isEqualTo(2);
		assertThat(changed.size()).isEqualTo(6);
		for (SearchMode mode : SearchMode.values()) {
			assertThat(changed.search("灵活就业人员参保登记", 1, mode).get(0).id()).as(mode.name()).isEqualTo(1);
			assertThat(changed.search("古树名木认养", 1, mode).get(0).id()).as(mode.name()).isEqualTo(7);
			assertThat(changed.search("电动自行车充电", 10, mode)).as(mode.name())
				.extracting(KnowledgeHit::id)
				.doesNotContain(6L);
		}
		assertThat(changed.search("住房公积金提取", 10, SearchMode.FULLTEXT)).extracting(KnowledgeHit::id).doesNotContain(1L);
		assertThat(search.search("住房公积金提取", 1, SearchMode.FULLTEXT).get(0).id()).isEqualTo(1);
		assertThat(search.search("古树名木认养", 10, SearchMode.FULLTEXT)).extracting(KnowledgeHit::id).doesNotContain(7L);
	}

	@Test
	void anArticleWhoseVectorIsNotKnownYetRanksInTheCombinedSearchWhereItsWordsPutIt() {
		float[][] vectors = KnowledgeSearch.embed(ARTICLES);
		vectors[4] = null;
		try (KnowledgeSearch unknown = KnowledgeSearch.build(ARTICLES, vectors, Synonyms.builtIn())) {
			for (String query : List.of("拖欠工资怎么办", "老板不发工资", "工资被拖欠去哪里投诉")) {
				List<Long> fulltext = unknown.search(query, 6, SearchMode.FULLTEXT)
					.stream()
					.map(KnowledgeHit::id)
					.toList();
				List<KnowledgeHit> combined = unknown.search(query, 6, SearchMode.COMBINED);
				assertThat(combined.stream().map(KnowledgeHit::id).toList().indexOf(5L)).as(query)
					.isBetween(0, fulltext.indexOf(5L));
				assertThat(combined.get(combined.stream().map(KnowledgeHit::id).toList().indexOf(5L)).similarity())
					.isNull();
			}
			assertThat(unknown.search("老板不发工资", 6, SearchMode.SEMANTIC)).extracting(KnowledgeHit::id)
				.doesNotContain(5L);
		}
		List<Scored> fused = Fusion.DEFAULT.fuseScored(List.of(new Scored(0, 9), new Scored(1, 5)),
				List.of(new Scored(1, 0.9), new Scored(2, 0.8)), (i) -> i == 0);
		assertThat(fused.get(0).article()).as("unknown, first by its words: first").isZero();
	}

	private static KnowledgeHit hit(long id, double score) {
		return new KnowledgeHit(id, "", score, "", null);
	}

}
