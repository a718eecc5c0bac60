package io.hotline.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;

/**
 * The GeoReport services: the catalog's level-3 categories, grouped by their level-1
 * category.
 */
@Service
public class ServiceCatalog {

	/** The level of the categories that are services, the lowest. */
	static final int SERVICE_LEVEL = 3;

	private final Catalog catalog;

	ServiceCatalog(Catalog catalog) {
		this.catalog = catalog;
	}

	/** Every service, in catalog order. */
	public List<Map<String, Object>> services() {
		List<Map<String, Object>> services = new ArrayList<>();
		collect(null, services);
		return services;
	}

	/**
	 * The definition of a service: the attributes it asks for beyond the standard fields.
	 */
	public Map<String, Object> definition(String code) {
		Category category = service(code).orElseThrow(() -> Problem.notFound("open311.unknown-service", code));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", ServiceAttributes.of(category));
		return definition;
	}

	/** The level-3 category of this code, if there is one. */
	Optional<Category> service(String code) {
		return this.catalog.category(code).filter((category) -> category.level() == SERVICE_LEVEL);
	}

	private void collect(String parentCode, List<Map<String, Object>> services) {
		for (Category category : this.catalog.children(parentCode)) {
			if (category.level() == SERVICE_LEVEL) {
				services.add(service(category));
			}
			else {
				collect(category.code(), services);
			}
		}
	}

	private static Map<String, Object> service(Category category) {
		String[] path = category.pathName().split("/");
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", category.code());
		service.put("service_name", category.name());
		service.put("description", category.pathName());
		service.put("metadata", true);
		service.put("type", "realtime");
		service.put("keywords", String.join(",", path));
		service.put("group", path[0]);
		return service;
	}

}
