package io.hotline.knowledge;

/**
 * An article found: its score (BM25 for full-text, cosine for semantic, the fused score
 * for combined; comparable only within one search), an excerpt with the matched terms in
 * {@code <em>}, and the cosine of the query's and the article's embeddings (null for a
 * full-text search, which computes none): how close in meaning the best hit is says
 * whether the knowledge base holds an answer at all.
 */
public record KnowledgeHit(long id, String title, double score, String highlight, Double similarity) {

}
