package io.hotline.open311;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the Open311 interface.
 *
 * @param apiKeys the keys accepted by {@code POST requests}
 * ({@code HOTLINE_OPEN311_API_KEYS}, comma-separated)
 */
@ConfigurationProperties("hotline.open311")
record Open311Properties(List<String> apiKeys) {

	Open311Properties {
		apiKeys = apiKeys == null ? List.of()
				: apiKeys.stream().filter((key) -> key != null && !key.isBlank()).map(String::strip).toList();
	}

}
