package io.hotline.open311;

import java.util.Set;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The API keys that may create requests: those configured, or {@code demo-key} where none
 * are and demo data is seeded.
 */
@Component
@EnableConfigurationProperties(Open311Properties.class)
class ApiKeys {

	static final String DEMO_KEY = "demo-key";

	private final Set<String> accepted;

	ApiKeys(Open311Properties properties, HotlineProperties hotline) {
		this.accepted = !properties.apiKeys().isEmpty() ? Set.copyOf(properties.apiKeys())
				: hotline.demo().enabled() ? Set.of(DEMO_KEY) : Set.of();
	}

	/** Refuses a missing or unknown key. */
	void require(String key) {
		if (key == null || key.isBlank()) {
			throw Problem.forbidden("open311.key-required");
		}
		if (!this.accepted.contains(key.strip())) {
			throw Problem.forbidden("open311.bad-key");
		}
	}

}
