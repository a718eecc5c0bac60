package io.hotline.province.mapping;

/**
 * A category of a city's own 事项分类 as the province holds it ({@code city_category}).
 *
 * @param city the city's division code (6201)
 * @param code the city's own code of the category
 * @param name its name
 * @param level 1 for the top, 2 below it
 * @param parentCode the category above, none on level 1
 * @param pathName the names from level 1 down, joined by {@code /}
 */
public record CityCategory(String city, String code, String name, int level, String parentCode, String pathName) {

}
