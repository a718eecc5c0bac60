package io.hotline.province.mapping;

/**
 * A category of the province's standard catalog, as the suggester compares it.
 *
 * @param code its code
 * @param name its own name
 * @param level 1 to 3
 * @param pathName the names from level 1 down
 * @param leaf whether no category is below it
 */
record StandardCategory(String code, String name, int level, String pathName, boolean leaf) {

}
