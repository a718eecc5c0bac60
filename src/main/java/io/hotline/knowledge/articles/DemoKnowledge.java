package io.hotline.knowledge.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.org.Actor;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo's knowledge base on a first start with an empty one: public answers to
 * the common matters of a 12345 hotline ({@code knowledge/demo-articles.json}, written
 * for the platform), so that recommendations, the portal's 常见问题 and the knowledge gaps
 * have something to show. Each names its category by its path of names, as the demo
 * catalog has it whichever label system it was built from; where a level is missing the
 * level above serves, and none leaves the article without a category.
 */
@Component
@Profile("!task")
@Order(StartupOrder.CATALOG + 50)
class DemoKnowledge implements ApplicationRunner {

	static final String ARTICLES = "knowledge/demo-articles.json";

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);

	private final HotlineProperties properties;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final KnowledgeArticles articles;

	private final JsonMapper json;

	DemoKnowledge(HotlineProperties properties, JdbcClient jdbc, Catalog catalog, KnowledgeArticles articles,
			JsonMapper json) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.articles = articles;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean empty = !this.jdbc.sql("select exists (select 1 from knowledge_article)").query(Boolean.class).single();
		if (!this.properties.demo().enabled() || !empty) {
			return;
		}
		List<ArticleContent> contents = new ArrayList<>();
		for (DemoArticle article : read()) {
			String category = (article.category() == null) ? null : category(article.category()).orElse(null);
			contents.add(ArticleContent.of(
					new ArticleInput(article.title(), article.answer(), article.questions(), category,
							article.department(), null, article.shared(), null, null, article.tags(), null),
					this.catalog));
		}
		List<Long> ids = this.articles.createAll(contents, Actor.system(), "demo");
		log.info("Demo knowledge base: {} public articles", ids.size());
	}

	private List<DemoArticle> read() {
		try (InputStream in = new ClassPathResource(ARTICLES).getInputStream()) {
			return this.json.readValue(in, new TypeReference<List<DemoArticle>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The code of the category of this path of names, or of the nearest level above. */
	private Optional<String> category(String path) {
		for (String wanted = path; !wanted.isEmpty(); wanted = parent(wanted)) {
			String name = wanted;
			Optional<String> code = this.catalog.search(name, 200)
				.stream()
				.filter((c) -> c.pathName().equals(name))
				.map(Category::code)
				.findFirst();
			if (code.isPresent()) {
				return code;
			}
		}
		return Optional.empty();
	}

	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return (slash < 0) ? "" : path.substring(0, slash);
	}

	/** An article of the resource file; {@code category} a path of names, 一级/二级/三级. */
	record DemoArticle(String title, String answer, List<String> questions, String category, String department,
			List<String> tags, @com.fasterxml.jackson.annotation.JsonProperty("public") Boolean shared) {

	}

}
