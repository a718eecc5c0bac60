package io.hotline.open311;

import java.util.List;
import java.util.Set;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import io.hotline.platform.Secrets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The API keys: those issued to clients by an administrator until revoked, which create
 * requests and, when issued to read, read every request in full; those configured to
 * create ({@code api-keys}) and those configured to read ({@code read-keys}); or
 * {@code demo-key} for either where none are configured and demo data is seeded.
 */
@Component
@EnableConfigurationProperties(Open311Properties.class)
class ApiKeys {

	static final String DEMO_KEY = "demo-key";

	private final Set<String> configured;

	private final Set<String> readers;

	private final Open311Clients clients;

	ApiKeys(Open311Properties properties, HotlineProperties hotline, Open311Clients clients) {
		this.configured = configured(properties.apiKeys(), hotline);
		this.readers = configured(properties.readKeys(), hotline);
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
		return issued(hash).name();
	}

	/**
	 * Whether the key of a reading request may read every request in full: no key reads
	 * what is public, and so does a key that only creates; a key that is not one, or was
	 * revoked, is refused.
	 */
	boolean reads(String key) {
		if (key == null || key.isBlank()) {
			return false;
		}
		if (this.readers.contains(key.strip())) {
			return true;
		}
		if (this.configured.contains(key.strip())) {
			return false;
		}
		return issued(hash(key.strip())).read();
	}

	private Open311Clients.Client issued(String hash) {
		Open311Clients.Client client = this.clients.holder(hash)
			.orElseThrow(() -> Problem.forbidden("open311.bad-key"));
		if (client.revoked()) {
			throw Problem.forbidden("open311.revoked-key");
		}
		return client;
	}

	private static Set<String> configured(List<String> keys, HotlineProperties hotline) {
		return !keys.isEmpty() ? Set.copyOf(keys) : hotline.demo().enabled() ? Set.of(DEMO_KEY) : Set.of();
	}

	static String hash(String key) {
		return Secrets.sha256(key);
	}

}
