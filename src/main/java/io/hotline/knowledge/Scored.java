package io.hotline.knowledge;

/** An article, by its position in the index, with the score one ranking gave it. */
record Scored(int article, double score) {

}
