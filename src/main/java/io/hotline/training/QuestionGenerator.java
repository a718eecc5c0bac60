package io.hotline.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.knowledge.PublishedKnowledge.PublishedArticle;

import com.hankcs.hanlp.HanLP;

/**
 * Questions from published articles, as drafts for review: for each article a single
 * choice on its department, a single choice on each of up to two facts of its answer (a
 * number, a document, a hotline, a named channel: the sentence with a blank, the
 * distractors the same kind of fact from other articles of the topic, then of other
 * topics, numbers varied where there are too few), a true/false statement (true as
 * written, or false with one fact changed) and a short answer whose key terms are the
 * answer's facts and keywords. The same articles give the same questions (the choices are
 * seeded by the article and version).
 */
final class QuestionGenerator {

	static final int FACT_QUESTIONS = 2;

	static final int DISTRACTORS = 3;

	static final int KEY_TERMS = 5;

	private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)(.*)$");

	private static final Set<String> COMMON_WORDS = Set.of("可以", "办理", "需要", "进行", "相关", "部门", "有关", "可向", "申请", "情况",
			"问题", "以及", "或者", "提供", "按照");

	private QuestionGenerator() {
	}

	/** The drafts of the chosen articles, drawn against all published articles. */
	static List<QuestionDraft> generate(List<PublishedArticle> all, Predicate<PublishedArticle> chosen) {
		List<QuestionDraft> drafts = new ArrayList<>();
		for (PublishedArticle article : all) {
			if (chosen.test(article)) {
				drafts.addAll(forArticle(article, all));
			}
		}
		return drafts;
	}

	static List<QuestionDraft> forArticle(PublishedArticle article, List<PublishedArticle> all) {
		String topic = Topics.of(article);
		List<PublishedArticle> peers = all.stream()
			.filter((a) -> a.id() != article.id() && Topics.of(a).equals(topic))
			.toList();
		List<PublishedArticle> others = all.stream()
			.filter((a) -> a.id() != article.id() && !Topics.of(a).equals(topic))
			.toList();
		Random random = new Random(article.id() * 31 + article.version());
		List<QuestionDraft> drafts = new ArrayList<>();
		department(article, topic, peers, others, random, drafts);
		List<Fact> facts = Fact.of(article.answer());
		boolean statement = false;
		int asked = 0;
		for (Fact fact : facts) {
			List<String> distractors = distractors(fact, peers, others);
			if (distractors.size() < 2) {
				continue;
			}
			if (asked < FACT_QUESTIONS) {
				drafts
					.add(choice(article, topic, fact.kind(), "关于「" + article.title() + "」，括号中应填写的是：\n" + fact.blanked(),
							fact.text(), distractors, random, fact.sentence()));
				asked++;
			}
			if (!statement) {
				boolean truth = random.nextBoolean();
				String said = truth ? fact.sentence() : fact.with(distractors.get(0));
				drafts.add(new QuestionDraft(topic, QuestionKind.TRUE_FALSE,
						"判断：关于「" + article.title() + "」，" + said + "。", List.of(), AnswerKey.truth(truth),
						"知识库文章「" + article.title() + "」：" + fact.sentence() + "。", article.id(), article.version(),
						fact.kind(), key(article, QuestionKind.TRUE_FALSE, fact.kind(), fact.text())));
				statement = true;
			}
		}
		if (!statement && article.department() != null) {
			List<String> departments = departments(article, peers, others);
			if (!departments.isEmpty()) {
				boolean truth = random.nextBoolean();
				String named = truth ? article.department() : departments.get(0);
				drafts.add(new QuestionDraft(topic, QuestionKind.TRUE_FALSE,
						"判断：「" + article.title() + "」的主管部门是" + named + "。", List.of(), AnswerKey.truth(truth),
						"知识库文章「" + article.title() + "」的主管部门是" + article.department() + "。", article.id(),
						article.version(), FactKind.DEPARTMENT,
						key(article, QuestionKind.TRUE_FALSE, FactKind.DEPARTMENT, article.department())));
			}
		}
		shortAnswer(article, topic, facts).ifPresent(drafts::add);
		return drafts;
	}

	private static void department(PublishedArticle article, String topic, List<PublishedArticle> peers,
			List<PublishedArticle> others, Random random, List<QuestionDraft> drafts) {
		if (article.department() == null || article.department().isBlank()) {
			return;
		}
		List<String> distractors = departments(article, peers, others);
		if (distractors.size() >= 2) {
			drafts.add(choice(article, topic, FactKind.DEPARTMENT, "「" + article.title() + "」由哪个部门负责？",
					article.department(), distractors, random,
					"知识库文章「" + article.title() + "」的主管部门是" + article.department()));
		}
	}

	private static List<String> departments(PublishedArticle article, List<PublishedArticle> peers,
			List<PublishedArticle> others) {
		Set<String> found = new LinkedHashSet<>();
		for (List<PublishedArticle> pool : List.of(peers, others)) {
			for (PublishedArticle other : pool) {
				String department = other.department();
				if (department != null && !department.isBlank() && !department.equals(article.department())) {
					found.add(department);
				}
			}
		}
		return new ArrayList<>(found).subList(0, Math.min(DISTRACTORS, found.size()));
	}

	private static QuestionDraft choice(PublishedArticle article, String topic, FactKind kind, String stem,
			String right, List<String> distractors, Random random, String explanation) {
		List<String> options = new ArrayList<>();
		options.add(right);
		options.addAll(distractors.subList(0, Math.min(DISTRACTORS, distractors.size())));
		Collections.shuffle(options, random);
		return new QuestionDraft(topic, QuestionKind.SINGLE, stem, options, AnswerKey.option(options.indexOf(right)),
				explanation + "。", article.id(), article.version(), kind,
				key(article, QuestionKind.SINGLE, kind, right));
	}

	/**
	 * Facts of the same kind from the topic's other articles, then from other topics,
	 * that differ from the fact and from what its sentence says; for a number, the same
	 * unit first, then the number varied.
	 */
	static List<String> distractors(Fact fact, Collection<PublishedArticle> peers,
			Collection<PublishedArticle> others) {
		Set<String> found = new LinkedHashSet<>();
		for (Collection<PublishedArticle> pool : List.of(peers, others)) {
			for (PublishedArticle other : pool) {
				for (Fact candidate : Fact.of(other.answer())) {
					if (candidate.kind() == fact.kind() && fits(fact, candidate.text())) {
						found.add(candidate.text());
					}
				}
			}
		}
		if (fact.kind() == FactKind.NUMBER) {
			Matcher m = NUMBER.matcher(fact.text());
			if (m.matches()) {
				double n = Double.parseDouble(m.group(1));
				String unit = m.group(2);
				List<String> sameUnit = new ArrayList<>(found.stream().filter((t) -> t.endsWith(unit)).toList());
				for (double varied : new double[] { n * 2, n + 1, Math.max(1, Math.floor(n / 2)), n + 3 }) {
					String text = number(varied) + unit;
					if (fits(fact, text) && !sameUnit.contains(text)) {
						sameUnit.add(text);
					}
				}
				return sameUnit.subList(0, Math.min(DISTRACTORS, sameUnit.size()));
			}
		}
		List<String> list = new ArrayList<>(found);
		return list.subList(0, Math.min(DISTRACTORS, list.size()));
	}

	private static boolean fits(Fact fact, String text) {
		return !text.equals(fact.text()) && !fact.sentence().contains(text);
	}

	private static String number(double n) {
		return (n == Math.rint(n)) ? String.valueOf((long) n) : String.valueOf(n);
	}

	private static java.util.Optional<QuestionDraft> shortAnswer(PublishedArticle article, String topic,
			List<Fact> facts) {
		Set<String> terms = new LinkedHashSet<>();
		for (Fact fact : facts) {
			if (fact.kind() != FactKind.NUMBER) {
				terms.add(fact.text().replaceAll("[“”《》]", ""));
			}
		}
		for (String word : HanLP.extractKeyword(article.answer(), 12)) {
			if (word.length() >= 2 && !COMMON_WORDS.contains(word)
					&& terms.stream().noneMatch((t) -> t.contains(word))) {
				terms.add(word);
			}
		}
		List<String> key = new ArrayList<>(terms).subList(0, Math.min(KEY_TERMS, terms.size()));
		if (key.size() < 2) {
			return java.util.Optional.empty();
		}
		String question = article.questions().isEmpty() ? article.title() + "怎么办理？" : article.questions().get(0);
		return java.util.Optional.of(new QuestionDraft(topic, QuestionKind.SHORT, "简答：市民问“" + question + "”，应如何答复？",
				List.of(), AnswerKey.terms(key), "要点：" + String.join("、", key) + "（知识库文章「" + article.title() + "」）",
				article.id(), article.version(), null, key(article, QuestionKind.SHORT, null, "")));
	}

	private static String key(PublishedArticle article, QuestionKind kind, FactKind fact, String text) {
		return "a" + article.id() + "v" + article.version() + "/" + kind + "/" + ((fact != null) ? fact : "-") + "/"
				+ text;
	}

}
