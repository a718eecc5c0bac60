package io.hotline.knowledge.articles;

/**
 * Where a question came from: staff (agents and others signed in) or the public portal
 * and its API.
 */
enum Channel {

	STAFF, PORTAL

}
