package io.hotline.org.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The platform's HTTP API as a client sees it, signed in with HTTP Basic or not at all;
 * every status comes back as an answer rather than an exception.
 */
record Api(RestClient client, String username, String password) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Api at(int port) {
		return new Api(RestClient.create("http://localhost:" + port), null, null);
	}

	Api as(String username, String password) {
		return new Api(this.client, username, password);
	}

	Answer get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	Answer post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body);
	}

	private Answer exchange(HttpMethod method, String path, Object body) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((headers) -> {
			if (this.username != null) {
				headers.setBasicAuth(this.username, this.password);
			}
		});
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
		}
		ResponseEntity<String> response = request.retrieve().onStatus((status) -> true, (req, res) -> {
		}).toEntity(String.class);
		return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
				(response.getBody() != null) ? JSON.readTree(response.getBody()) : null);
	}

	record Answer(int status, MediaType contentType, JsonNode json) {

		String detail() {
			return this.json.path("detail").asString();
		}

	}

}
