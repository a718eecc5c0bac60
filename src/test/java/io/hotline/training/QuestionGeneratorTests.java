package io.hotline.training;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hotline.knowledge.PublishedKnowledge.PublishedArticle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions generated from the 42 articles the platform seeds in demo mode
 * ({@code knowledge/demo-articles.json}): every right answer is a fact of its own
 * article, every distractor differs from it and is not what the article says, a false
 * statement is not the article's sentence, and the same articles give the same questions.
 */
class QuestionGeneratorTests {

	static List<PublishedArticle> seeded() throws Exception {
		try (InputStream in = QuestionGeneratorTests.class.getResourceAsStream("/knowledge/demo-articles.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<PublishedArticle> articles = new ArrayList<>();
			long id = 1;
			for (JsonNode a : root) {
				articles.add(new PublishedArticle(id++, 1, a.get("title").asString(), a.get("answer").asString(),
						strings(a.get("questions")), null,
						a.hasNonNull("category") ? a.get("category").asString() : null,
						a.hasNonNull("department") ? a.get("department").asString() : null, null,
						strings(a.get("tags"))));
			}
			return articles;
		}
	}

	private static List<String> strings(JsonNode node) {
		List<String> list = new ArrayList<>();
		if (node != null) {
			node.forEach((n) -> list.add(n.asString()));
		}
		return list;
	}

	@Test
	void rightAnswersComeFromTheArticleAndDistractorsDiffer() throws Exception {
		List<PublishedArticle> articles = seeded();
		Map<Long, PublishedArticle> byId = articles.stream()
			.collect(Collectors.toMap(PublishedArticle::id, Function.identity()));
		List<QuestionDraft> drafts = QuestionGenerator.generate(articles, (a) -> true);
		assertThat(drafts).hasSizeGreaterThan(articles.size() * 2);
		int facts = 0;
		for (QuestionDraft q : drafts) {
			PublishedArticle article = byId.get(q.articleId());
			assertThat(q.topic()).isEqualTo(Topics.of(article));
			if (q.kind() == QuestionKind.SINGLE) {
				String right = q.options().get(q.key().index());
				assertThat(q.options()).hasSizeBetween(3, 4).doesNotHaveDuplicates();
				if (q.factKind() == FactKind.DEPARTMENT) {
					assertThat(right).isEqualTo(article.department());
				}
				else {
					facts++;
					assertThat(article.answer()).as(q.stem()).contains(right);
					assertThat(q.stem()).doesNotContain(right).contains("（　　）");
				}
				for (int i = 0; i < q.options().size(); i++) {
					if (i != q.key().index()) {
						String distractor = q.options().get(i);
						assertThat(distractor).isNotEqualTo(right);
						if (q.factKind() == FactKind.DEPARTMENT) {
							assertThat(distractor).isNotEqualTo(article.department());
						}
						else {
							assertThat(q.stem()).doesNotContain(distractor);
						}
					}
				}
			}
			if (q.kind() == QuestionKind.TRUE_FALSE && q.factKind() != FactKind.DEPARTMENT) {
				String statement = q.stem().substring(q.stem().indexOf("」，") + 2, q.stem().length() - 1);
				assertThat(article.answer().contains(statement)).as(q.stem()).isEqualTo(q.key().value());
			}
			if (q.kind() == QuestionKind.SHORT) {
				assertThat(q.key().terms()).hasSizeBetween(2, QuestionGenerator.KEY_TERMS);
				assertThat(q.key().terms()).allSatisfy((t) -> assertThat(article.answer()).contains(t));
			}
		}
		assertThat(facts).as("questions on numbers, documents and channels").isGreaterThanOrEqualTo(10);
		assertThat(drafts.stream().filter((q) -> q.kind() == QuestionKind.TRUE_FALSE).map((q) -> q.key().value()))
			.contains(true, false);
		assertThat(QuestionGenerator.generate(articles, (a) -> true)).isEqualTo(drafts);
	}

	@Test
	void factsOfAnAnswer() {
		List<Fact> facts = Fact.of("职工须缴费满6个月，可拨打12329或登录“掌上12333”查询，并提交《购房合同》。");
		assertThat(facts).extracting(Fact::text).contains("6个月", "12329", "“掌上12333”", "《购房合同》");
		Fact six = facts.get(0);
		assertThat(six.blanked()).contains("（　　）").doesNotContain("6个月");
		assertThat(QuestionGenerator.distractors(six, List.of(), List.of())).hasSize(3).doesNotContain("6个月");
	}

	@Test
	void scoring() {
		assertThat(Scoring.correct(QuestionKind.SINGLE, AnswerKey.option(2), new AnswerGiven(2, null, null))).isTrue();
		assertThat(Scoring.correct(QuestionKind.SINGLE, AnswerKey.option(2), new AnswerGiven(1, null, null))).isFalse();
		assertThat(Scoring.correct(QuestionKind.TRUE_FALSE, AnswerKey.truth(false), new AnswerGiven(null, false, null)))
			.isTrue();
		assertThat(Scoring.correct(QuestionKind.SINGLE, AnswerKey.option(0), null)).isFalse();
		AnswerKey terms = AnswerKey.terms(List.of("身份证", "户口簿", "12345", "窗口"));
		assertThat(Scoring.correct(QuestionKind.SHORT, terms, new AnswerGiven(null, null, "带上身份证和户口 簿"))).isTrue();
		assertThat(Scoring.correct(QuestionKind.SHORT, terms, new AnswerGiven(null, null, "带上身份证"))).isFalse();
		assertThat(Scoring.percent(2, 3)).isEqualTo(67);
		assertThat(WeakTopics.standing("社保", 4, 2, 0).weak()).isTrue();
		assertThat(WeakTopics.standing("社保", 4, 3, 0).weak()).isFalse();
		assertThat(WeakTopics.standing("社保", 0, 0, 2).weak()).isTrue();
	}

}
