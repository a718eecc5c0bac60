package io.hotline.knowledge;

/**
 * An article found: its score (BM25 for full-text, cosine for semantic, the fused score
 * for combined; comparable only within one search) and an excerpt with the matched terms
 * in {@code <em>}.
 */
public record KnowledgeHit(long id, String title, double score, String highlight) {

}
