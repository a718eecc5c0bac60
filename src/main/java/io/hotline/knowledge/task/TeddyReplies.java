package io.hotline.knowledge.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hotline.knowledge.Article;
import io.hotline.platform.QuotedCsv;

/**
 * The Teddy Cup 2020 messages with the replies they got (attachment 4: 留言编号, 留言用户, 留言主题,
 * 留言时间, 留言详情, 答复意见, 答复时间) as a retrieval test: each reply is an article, each message the
 * query that should find it. A reply quotes its message's title; that quotation is cut
 * out (see {@link #unquoted}) so that a search cannot win by matching the title string.
 */
final class TeddyReplies {

	/** A message (title and details) and the article made of its reply. */
	record Pair(String title, String message, Article article) {

	}

	/** A quotation: in Chinese or straight quotes, at most 60 characters. */
	private static final Pattern QUOTED = Pattern.compile("[“\"「]([^“”\"「」]{1,60})[”\"」]");

	/** What a reply says it answers: 反映/关于/针对 …(的)问题, 情况, 一事, 来信, 留言, 建议, 诉求. */
	private static final Pattern SUBJECT = Pattern
		.compile("(?:反映|关于|针对)(?:的|了)?([^，。；！？,;!?：:\\n]{4,60}?)(?:的)?(?:问题|情况|一事|来信|留言|建议|诉求)");

	private TeddyReplies() {
	}

	static List<Pair> read(Path file) throws IOException {
		List<List<String>> rows;
		try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			rows = QuotedCsv.rows(reader);
		}
		List<Pair> pairs = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() < 6 || row.get(5).isBlank()) {
				continue;
			}
			String title = row.get(2).strip();
			String answer = unquoted(row.get(5), title);
			pairs.add(new Pair(title, title + "\n" + row.get(4).strip(), new Article(Long.parseLong(row.get(0).strip()),
					"答复 " + row.get(0).strip(), List.of(), answer, List.of())));
		}
		return pairs;
	}

	/**
	 * The reply without its quotation of the title: every verbatim occurrence of the
	 * title, then every quoted span and every subject of 反映/关于/针对 … 问题 whose character
	 * bigrams are half or more the title's.
	 */
	static String unquoted(String reply, String title) {
		String text = title.isEmpty() ? reply : reply.replace(title, "");
		Set<String> titleBigrams = bigrams(title);
		for (Pattern pattern : List.of(QUOTED, SUBJECT)) {
			Matcher m = pattern.matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String span = m.group(1);
				String kept = (overlap(span, titleBigrams) >= 0.5) ? m.group().replace(span, "") : m.group();
				m.appendReplacement(out, Matcher.quoteReplacement(kept));
			}
			m.appendTail(out);
			text = out.toString();
		}
		return text;
	}

	private static double overlap(String span, Set<String> titleBigrams) {
		Set<String> spanBigrams = bigrams(span);
		if (spanBigrams.isEmpty()) {
			return 0;
		}
		return spanBigrams.stream().filter(titleBigrams::contains).count() / (double) spanBigrams.size();
	}

	private static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}

}
