package io.hotline.province.mapping;

/**
 * How much of a city's catalog is mapped to the standard one.
 *
 * @param city the city's code
 * @param categories its categories in use
 * @param confirmed those confirmed to a standard category
 * @param none those decided to have no standard counterpart
 * @param suggested those with a suggestion waiting for a person
 * @param unmapped those with neither a suggestion nor a decision
 * @param orders the city's orders the province holds
 * @param mappedOrders those whose category is confirmed to a standard category
 * @param mappedShare their share of the city's orders (0 without orders)
 */
public record Coverage(String city, int categories, int confirmed, int none, int suggested, int unmapped, long orders,
		long mappedOrders, double mappedShare) {

	static Coverage of(String city, int categories, int confirmed, int none, int suggested, int unmapped, long orders,
			long mappedOrders) {
		return new Coverage(city, categories, confirmed, none, suggested, unmapped, orders, mappedOrders,
				orders == 0 ? 0 : Math.round(10_000.0 * mappedOrders / orders) / 10_000.0);
	}

}
