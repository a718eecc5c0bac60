package io.hotline.province;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this node takes part in its province's network (decision 0015), from the
 * environment: a city names its province ({@code HOTLINE_PROVINCE_URL}) and holds the key
 * the province gave it ({@code HOTLINE_NODE_KEY}); a province holds the secret every
 * city's key is derived from ({@code HOTLINE_NODE_MASTER_KEY}).
 *
 * @param provinceUrl the province's base URL; unset: this city is on its own
 * @param key this city's key
 * @param masterKey the province's secret
 * @param sendMs how often a city sends what changed, in milliseconds
 * @param batch orders sent at most in one call
 * @param publicUrl where other cities' agents reach this city's workstation when they
 * help it in a surge ({@code HOTLINE_NODE_PUBLIC_URL}); unset: not told
 */
@ConfigurationProperties("hotline.node")
public record NodeSettings(String provinceUrl, String key, String masterKey, long sendMs, int batch, String publicUrl) {

	public NodeSettings {
		provinceUrl = blankless(provinceUrl);
		publicUrl = blankless(publicUrl);
		key = blankless(key);
		masterKey = blankless(masterKey);
		sendMs = (sendMs <= 0) ? 1_000 : sendMs;
		batch = (batch <= 0) ? 500 : Math.min(batch, 5_000);
		if (provinceUrl != null && provinceUrl.endsWith("/")) {
			provinceUrl = provinceUrl.substring(0, provinceUrl.length() - 1);
		}
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Whether this node is a city that sends to a province. */
	public boolean sendsToProvince() {
		return this.provinceUrl != null;
	}

	/**
	 * Whether a jurisdiction is a province's (two digits: {@code 62}) rather than a
	 * city's ({@code 6201}).
	 */
	public static boolean provincial(String jurisdiction) {
		return jurisdiction != null && jurisdiction.strip().matches("\\d{2}");
	}

}
