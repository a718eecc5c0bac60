/**
 * 知识库 Knowledge base: articles (a title, the questions citizens ask, the answer, tags)
 * and their search — full-text on Chinese words and character bigrams with synonyms,
 * semantic on sentence embeddings, and both combined.
 * {@link io.hotline.knowledge.KnowledgeSearch} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
		allowedDependencies = { "classification", "org", "catalog", "workorder", "intake", "portal" })
package io.hotline.knowledge;
