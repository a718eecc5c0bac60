package io.hotline.knowledge.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.hotline.knowledge.KnowledgeHit;
import io.hotline.knowledge.KnowledgeSearch;
import io.hotline.knowledge.SearchMode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replies of the Teddy 2020 contest as articles, found by their messages, when the
 * shared data is beside the project.
 */
class TeddyRepliesTests {

	static final Path REPLIES = Path.of(System.getProperty("shared.dir", "../shared"), "data", "teddy2020",
			"attachment4_replies.csv");

	@Test
	void cutsTheQuotationOfTheTitleOutOfTheReply() {
		String title = "A3区潇楚南路洋湖段怎么还没修好？";
		String reply = "网友“A00023583”：您好！针对您反映A3区潇楚南路洋湖段怎么还没修好？的问题，现回复如下：“潇楚南路洋湖段没修好”已安排施工。"
				+ "关于您反映的“A3区潇楚路洋湖段还没修好”的情况，已收悉。";
		String unquoted = TeddyReplies.unquoted(reply, title);
		assertThat(unquoted).doesNotContain("洋湖段").contains("A00023583").contains("已安排施工");
	}

	@Test
	void findsTheReplyOfTheMessageAmongTheFirstFiveForMostMessagesOfASample() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(REPLIES), "skipped: the Teddy 2020 replies are not at "
				+ REPLIES.toAbsolutePath().normalize() + " (the shared data is not beside the project)");
		List<TeddyReplies.Pair> pairs = TeddyReplies.read(REPLIES);
		assertThat(pairs).hasSize(2816);
		List<TeddyReplies.Pair> sample = pairs.subList(0, 560);
		try (KnowledgeSearch search = KnowledgeSearch.build(sample.stream().map(TeddyReplies.Pair::article).toList())) {
			long found = sample.stream().filter((p) -> {
				List<KnowledgeHit> hits = search.search(p.message(), 5, SearchMode.COMBINED);
				return hits.stream().anyMatch((h) -> h.id() == p.article().id());
			}).count();
			assertThat(found / (double) sample.size()).as("combined Recall@5 on the first 560 pairs")
				.isGreaterThan(0.7);
		}
	}

}
