package io.hotline.province;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeKeysTests {

	private static final byte[] BODY = "{\"orders\":[]}".getBytes(StandardCharsets.UTF_8);

	@Test
	void givesEachCityAKeyOfItsOwnFromTheProvincesSecret() {
		String lanzhou = NodeKeys.keyOf("secret", "6201");
		assertThat(lanzhou).isEqualTo(NodeKeys.keyOf("secret", "6201"))
			.isNotEqualTo(NodeKeys.keyOf("secret", "6202"))
			.isNotEqualTo(NodeKeys.keyOf("another secret", "6201"))
			.hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void acceptsTheSignatureOfTheCallItWasMadeForAndNoOther() {
		String key = NodeKeys.keyOf("secret", "6201");
		String signature = NodeKeys.sign(key, "POST", "/api/node/orders", 1_700_000_000L, BODY);
		assertThat(NodeKeys.matches(key, "POST", "/api/node/orders", 1_700_000_000L, BODY, signature)).isTrue();
		assertThat(NodeKeys.matches(key, "POST", "/api/node/catalog", 1_700_000_000L, BODY, signature)).isFalse();
		assertThat(NodeKeys.matches(key, "POST", "/api/node/orders", 1_700_000_001L, BODY, signature)).isFalse();
		assertThat(NodeKeys.matches(key, "POST", "/api/node/orders", 1_700_000_000L,
				"{\"orders\":[{}]}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
		assertThat(NodeKeys.matches(NodeKeys.keyOf("secret", "6202"), "POST", "/api/node/orders", 1_700_000_000L, BODY,
				signature))
			.isFalse();
		assertThat(NodeKeys.matches(key, "POST", "/api/node/orders", 1_700_000_000L, BODY, null)).isFalse();
	}

	@Test
	void tellsAProvincesJurisdictionFromACitys() {
		assertThat(NodeSettings.provincial("62")).isTrue();
		assertThat(NodeSettings.provincial("6201")).isFalse();
		assertThat(NodeSettings.provincial("4401")).isFalse();
		assertThat(NodeSettings.provincial(null)).isFalse();
	}

}
