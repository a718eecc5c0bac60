package io.hotline.open311;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GeoReport client of one format that reads answers of either format alike. */
record Open311Client(int port, String format) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Answer get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Answer post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The code of the first service whose path names this level-1 or level-2 category.
	 */
	String service(String category) {
		return (String) get("services").items()
			.stream()
			.filter((service) -> List.of(((String) service.get("keywords")).split(",")).contains(category))
			.findFirst()
			.orElseThrow()
			.get("service_code");
	}

	/**
	 * A request's form as the tests send it: the demo key, the service, a place and a
	 * name, with these fields added or replaced.
	 */
	static Map<String, String> form(String serviceCode, Map<String, String> fields) {
		Map<String, String> form = new java.util.HashMap<>(Map.of("api_key", "demo-key", "service_code", serviceCode,
				"address_string", "越秀区北京街道", "first_name", "小明", "last_name", "王"));
		form.putAll(fields);
		return form;
	}

	/** The order a service request number stands for, as an agent reads it. */
	static JsonNode order(int port, String number) {
		io.hotline.support.Api agent = io.hotline.support.Api.as(port, "agent1");
		JsonNode found = agent.get("/api/orders?q=" + encode(number)).body();
		return agent.get("/api/orders/" + found.get("content").get(0).get("id").asLong()).body();
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * {@code requests} becomes {@code /open311/v2/requests.json}, a query kept after it.
	 */
	private URI uri(String path) {
		int query = path.indexOf('?');
		String resource = query < 0 ? path : path.substring(0, query);
		return URI.create("http://localhost:" + this.port + "/open311/v2/" + resource + "." + this.format
				+ (query < 0 ? "" : path.substring(query)));
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), "xml".equals(this.format) ? xml(response.body()) : json(response.body()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Each object of a JSON answer (the answer itself unless it is a list), as texts. */
	private static List<Map<String, Object>> json(String body) {
		JsonNode root = JSON.readTree(body);
		List<Map<String, Object>> items = new ArrayList<>();
		for (JsonNode item : root.isArray() ? root : List.of(root)) {
			Map<String, Object> fields = new LinkedHashMap<>();
			item.properties()
				.forEach((e) -> fields.put(e.getKey(), e.getValue().isNull() ? null
						: e.getValue().isContainer() ? e.getValue().toString() : e.getValue().asString()));
			items.add(fields);
		}
		return items;
	}

	/**
	 * Each child of an XML list answer's root (the root itself for an object), as texts;
	 * parsing it proves it well-formed.
	 */
	private static List<Map<String, Object>> xml(String body) throws Exception {
		Element root = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		boolean list = List.of("services", "service_requests", "errors").contains(root.getTagName());
		List<Map<String, Object>> items = new ArrayList<>();
		for (Element item : list ? children(root) : List.of(root)) {
			Map<String, Object> fields = new LinkedHashMap<>();
			children(item).forEach(
					(field) -> fields.put(field.getTagName(), field.hasChildNodes() ? field.getTextContent() : null));
			items.add(fields);
		}
		return items;
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	/** An answer: status, content type, raw body and its objects. */
	record Answer(int status, String contentType, String body, List<Map<String, Object>> items) {

		Map<String, Object> first() {
			return this.items.get(0);
		}

		Object field(String name) {
			return first().get(name);
		}

	}

}
