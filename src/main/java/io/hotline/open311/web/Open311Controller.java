package io.hotline.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.open311.ServiceCatalog;
import io.hotline.open311.ServiceRequests;
import io.hotline.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): every answer in JSON or
 * XML as the path's extension says, refusals as the specification's list of errors.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	static final String CHANGESET = "2026-11-22T00:00:00+08:00";

	private final ServiceCatalog services;

	private final ServiceRequests requests;

	private final JsonMapper json;

	Open311Controller(ServiceCatalog services, ServiceRequests requests, JsonMapper json) {
		this.services = services;
		this.requests = requests;
		this.json = json;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", "12345 政务服务便民热线");
		discovery.put("key_service", "API keys for POST requests are issued by the platform's administrators");
		discovery.put("endpoints", List.of(endpoint));
		return ok(format, "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		return ok(format, "services", this.services.services());
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
		Format.of(format);
		return ok(format, "service_definition", this.services.definition(code));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> query) {
		Format.of(format);
		return ok(format, "service_requests", this.requests.search(query.toSingleValueMap()));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Format.of(format);
		return ok(format, "service_requests", this.requests.create(form.toSingleValueMap()));
	}

	@GetMapping("/requests/{number}.{format}")
	ResponseEntity<String> request(@PathVariable String number, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> query) {
		Format.of(format);
		return ok(format, "service_requests", this.requests.request(number, query.toSingleValueMap()));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		Format.of(format);
		return ok(format, "service_requests", this.requests.token(token));
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<String> refused(Problem problem, HttpServletRequest request, Locale locale) {
		HttpStatus status = problem.kind().status();
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", problem.text(locale));
		return Format.ofPath(request.getRequestURI()).answer(status.value(), "errors", List.of(error), this.json);
	}

	private ResponseEntity<String> ok(String format, String root, Object value) {
		return Format.of(format).answer(200, root, value, this.json);
	}

}
