package io.hotline.knowledge.articles;

import io.hotline.knowledge.KnowledgeHit;

/** A hit of the search with the article it found, as published. */
record Found(KnowledgeHit hit, IndexedArticle indexed) {

}
