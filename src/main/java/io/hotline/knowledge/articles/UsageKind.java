package io.hotline.knowledge.articles;

/**
 * What happened to an article: shown in the first five of a logged search, opened, linked
 * to an order, used to answer and close one, found helpful or not.
 */
enum UsageKind {

	SHOWN, VIEW, LINK, ANSWER, HELPFUL, NOT_HELPFUL

}
