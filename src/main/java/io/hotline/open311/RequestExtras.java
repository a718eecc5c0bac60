package io.hotline.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.hotline.platform.Problem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a GeoReport request carried beyond the order's own fields (table
 * {@code open311_request}): written with the order, read back for its answers.
 */
@Component
class RequestExtras {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RequestExtras(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The extras of a form, checked: a clear refusal names the field that is wrong; the
	 * contact fields were checked, and what was left out of them noted, before.
	 */
	static Extras of(String client, Map<String, String> form, Map<String, String> answers,
			ContactFields.Contact contact) {
		String mediaUrl = limited(form, "media_url", 2048);
		if (mediaUrl != null && !webAddress(mediaUrl)) {
			throw Problem.invalid("open311.bad-field", "media_url", mediaUrl);
		}
		return new Extras(client, limited(form, "address_id", 128), contact.email(), limited(form, "device_id", 128),
				limited(form, "account_id", 128), mediaUrl, answers, contact.ignored());
	}

	/** Stores the extras of an order; a retried request keeps the first ones. */
	void save(long orderId, Extras extras) {
		this.jdbc.sql("""
				insert into open311_request (order_id, client, address_id, email, device_id, account_id, media_url,
					attributes, ignored)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) on conflict (order_id) do nothing""")
			.params(orderId, extras.client(), extras.addressId(), extras.email(), extras.deviceId(), extras.accountId(),
					extras.mediaUrl(), this.json.writeValueAsString(extras.attributes()),
					this.json.writeValueAsString(extras.ignored()))
			.update();
	}

	/** The extras of these orders, by order id; orders from other channels have none. */
	Map<Long, Extras> of(Collection<Long> orderIds) {
		Map<Long, Extras> found = new HashMap<>();
		if (orderIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select order_id, client, address_id, email, device_id, account_id, media_url,
					attributes::text as attributes, ignored::text as ignored
				from open311_request where order_id = any(?)""")
			.param(orderIds.toArray(Long[]::new))
			.query((rs, row) -> found.put(rs.getLong("order_id"),
					new Extras(rs.getString("client"), rs.getString("address_id"), rs.getString("email"),
							rs.getString("device_id"), rs.getString("account_id"), rs.getString("media_url"),
							this.json.readValue(rs.getString("attributes"), TEXTS),
							this.json.readValue(rs.getString("ignored"), TEXTS))))
			.list();
		return found;
	}

	private static String limited(Map<String, String> form, String field, int max) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		if (value.length() > max) {
			throw Problem.invalid("open311.bad-field", field, "> " + max);
		}
		return value;
	}

	private static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The extras of one request: the answers to the service's attributes, and the contact
	 * fields left out for a wrong value, with the values sent.
	 */
	record Extras(String client, String addressId, String email, String deviceId, String accountId, String mediaUrl,
			Map<String, String> attributes, Map<String, String> ignored) {

	}

}
