package io.hotline.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code benchmark-cluster}'s parts: the instance counts asked, and Debian's nginx run
 * with the generated configuration in front of two servers, sharing the requests between
 * them and skipping one that is gone.
 */
class ClusterBenchmarkTests {

	@Test
	void instanceCountsAreOneToEightSeparatedByCommas() {
		assertThat(ClusterBenchmarkTask.sizes("1,2, 3")).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> ClusterBenchmarkTask.sizes("1,0")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--instances")
			.hasMessageContaining("1,0");
		assertThatThrownBy(() -> ClusterBenchmarkTask.sizes("two")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> NginxProxy.find(Optional.of("/no/such/nginx")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("/no/such/nginx");
	}

	@Test
	void nginxSharesTheRequestsBetweenTheInstancesAndSkipsOneThatIsGone(@TempDir Path directory) throws Exception {
		Path nginx;
		try {
			nginx = NginxProxy.find(Optional.empty());
		}
		catch (IllegalArgumentException ex) {
			assumeTrue(false, "nginx is not installed here (.ci/run installs it): " + ex.getMessage());
			return;
		}
		AtomicInteger first = new AtomicInteger();
		AtomicInteger second = new AtomicInteger();
		HttpServer one = server(first);
		HttpServer two = server(second);
		try (NginxProxy proxy = NginxProxy.start(nginx, List.of(one.getAddress().getPort(), two.getAddress().getPort()),
				directory.resolve("nginx"))) {
			try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", proxy.port())) {
				for (int i = 0; i < 20; i++) {
					assertThat(http.exchange("POST", "/api/orders", null, "{}".getBytes(StandardCharsets.UTF_8)))
						.isEqualTo(201);
				}
			}
			assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(20);
			assertThat(first.get()).as("requests to the first instance").isPositive();
			assertThat(second.get()).as("requests to the second instance").isPositive();

			one.stop(0);
			try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", proxy.port())) {
				for (int i = 0; i < 10; i++) {
					assertThat(http.exchange("GET", "/actuator/health", null, null)).isEqualTo(200);
				}
			}
		}
		finally {
			one.stop(0);
			two.stop(0);
		}
		assertThat(Files.readString(directory.resolve("nginx").resolve("nginx.conf"))).contains("least_conn");
	}

	private static HttpServer server(AtomicInteger requests) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.getRequestBody().readAllBytes();
			boolean health = exchange.getRequestURI().getPath().equals("/actuator/health");
			byte[] body = (health ? "{\"status\":\"UP\"}" : "{}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(health ? 200 : 201, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		return server;
	}

}
