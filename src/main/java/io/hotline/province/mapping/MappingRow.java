package io.hotline.province.mapping;

import java.time.Instant;

/**
 * A row of the list of mappings: a city category, its orders at the province, what was
 * suggested and what was decided.
 *
 * @param city the city's code
 * @param cityCode the category's code in the city
 * @param cityName the category's name in the city
 * @param cityPath its path of names in the city
 * @param active whether the city still uses it
 * @param orders the city's orders in it that the province holds
 * @param suggestedCode the suggested standard category, if any
 * @param suggestedPath its path of names
 * @param confidence the suggestion's confidence, 0 to 1
 * @param standardCode the confirmed standard category, if any
 * @param standardPath its path of names
 * @param state where the mapping stands
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record MappingRow(String city, String cityCode, String cityName, String cityPath, boolean active, long orders,
		String suggestedCode, String suggestedPath, Double confidence, String standardCode, String standardPath,
		MappingState state, String decidedBy, Instant decidedAt) {

}
