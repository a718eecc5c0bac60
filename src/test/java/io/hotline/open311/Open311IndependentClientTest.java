package io.hotline.open311;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Interoperability: Code for America's GeoReport v2 client library (npm {@code open311},
 * obtained by {@code build/fetch-open311-client.sh}) discovers the endpoint, lists the
 * services, reads a definition, creates a request with an attribute (answered by its id,
 * without a token), reads it back and finds it among the open requests with its key, all
 * from the running platform. No GeoReport client is published on Maven Central (decision
 * 0004).
 */
@HotlineTest
class Open311IndependentClientTest {

	private static final Path CLIENT = Path.of("target/open311-client/node_modules/open311/open311.js");

	private static final Path SCRIPT = Path.of("src/test/open311-client/interop.js");

	@LocalServerPort
	int port;

	@Test
	void anIndependentClientCreatesAndReadsBackARequest() throws Exception {
		assumeTrue(Files.isRegularFile(CLIENT), "the open311 client library was not fetched (npm missing?)");
		assumeTrue(node() != null, "node is not installed");
		String description = "独立客户端 " + UUID.randomUUID();
		JsonNode seen = run(description);

		assertThat(seen.get("endpoint").asString()).isEqualTo("http://localhost:" + this.port + "/open311/v2/");
		assertThat(seen.get("services").asInt()).isGreaterThan(100);
		assertThat(seen.get("attributes").toString()).contains("request_type", "occurred_at");
		String id = seen.get("created").get("service_request_id").asString();
		assertThat(seen.get("created").has("token")).as("a token beside the id").isFalse();
		assertThat(seen.has("tokenRequestId")).isFalse();
		assertThat(seen.get("read").get("service_request_id").asString()).isEqualTo(id);
		assertThat(seen.get("read").get("description").asString()).isEqualTo(description);
		assertThat(seen.get("read").get("service_code").asString()).isEqualTo(seen.get("serviceCode").asString());
		assertThat(seen.get("read").get("status").asString()).isEqualTo("open");
		assertThat(seen.get("openIds").toString()).contains(id);

		JsonNode found = Api.as(this.port, "agent1").get("/api/orders?q=" + Open311Client.encode(id)).body();
		JsonNode order = Api.as(this.port, "agent1")
			.get("/api/orders/" + found.get("content").get(0).get("id").asLong())
			.body();
		assertThat(order.get("channel").asString()).isEqualTo("OPEN311");
		assertThat(order.get("type").asString()).isEqualTo("COMPLAINT");
		assertThat(order.get("content").asString()).isEqualTo(description);
	}

	private JsonNode run(String description) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(node(), SCRIPT.toString(), "http://localhost:" + this.port, "demo-key", description));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NODE_PATH", CLIENT.getParent().getParent().toAbsolutePath().toString());
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the client finished in time").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.exitValue()).as(output).isZero();
		String last = output.substring(output.lastIndexOf('\n') + 1);
		return JsonMapper.builder().build().readTree(last);
	}

	private static String node() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, "node");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

}
