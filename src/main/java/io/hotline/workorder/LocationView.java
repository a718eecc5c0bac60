package io.hotline.workorder;

/**
 * Where an order is, by the names and codes of the official divisions (the shape of the
 * address recognition answer).
 */
public record LocationView(String district, String street, String community, Codes codes) {

	public record Codes(String district, String street, String community) {

	}

}
