package io.hotline.open311;

import java.util.Set;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import io.hotline.platform.Secrets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The API keys that may create requests: those issued to clients by an administrator
 * until revoked, those configured, or {@code demo-key} where none are configured and demo
 * data is seeded.
 */
@Component
@EnableConfigurationProperties(Open311Properties.class)
class ApiKeys {

	static final String DEMO_KEY = "demo-key";

	private final Set<String> configured;

	private final Open311Clients clients;

	ApiKeys(Open311Properties properties, HotlineProperties hotline, Open311Clients clients) {
		this.configured = !properties.apiKeys().isEmpty() ? Set.copyOf(properties.apiKeys())
				: hotline.demo().enabled() ? Set.of(DEMO_KEY) : Set.of();
		this.clients = clients;
	}

	/**
	 * The name of the client holding this key: its own name for an issued key,
	 * {@code configured-} and the start of the key's hash for a configured one.
	 */
	String require(String key) {
		if (key == null || key.isBlank()) {
			throw Problem.forbidden("open311.key-required");
		}
		String hash = hash(key.strip());
		if (this.configured.contains(key.strip())) {
			return "configured-" + hash.substring(0, 8);
		}
		Open311Clients.Client client = this.clients.holder(hash)
			.orElseThrow(() -> Problem.forbidden("open311.bad-key"));
		if (client.revoked()) {
			throw Problem.forbidden("open311.revoked-key");
		}
		return client.name();
	}

	static String hash(String key) {
		return Secrets.sha256(key);
	}

}
