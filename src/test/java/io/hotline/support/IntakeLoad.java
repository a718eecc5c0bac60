package io.hotline.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients registering orders over HTTP as {@code agent1}, each at its own pace, as a
 * well-behaved client of the API does: an order whose request failed (an error answer, a
 * broken connection) is sent again with the same {@code requestId} until it is answered
 * with the order (the first one, where the first request had been stored). Every attempt
 * is kept: when it was sent and answered, what came back, and which instance answered
 * ({@code X-Upstream} of {@code io.hotline.benchmark.NginxProxy}).
 */
public final class IntakeLoad implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long a client waits before it repeats a failed request. */
	private static final long RETRY_MILLIS = 200;

	/** How long a client goes on repeating one order before it gives up. */
	private static final long GIVE_UP_MILLIS = 90_000;

	private final String url;

	private final String authorization;

	private final long paceMillis;

	private final IntFunction<Order> orders;

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();

	private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

	private final Map<String, String> kinds = new ConcurrentHashMap<>();

	private final Set<String> givenUp = ConcurrentHashMap.newKeySet();

	private final ExecutorService clients;

	private IntakeLoad(int port, int clients, long paceMillis, IntFunction<Order> orders) {
		this.url = "http://127.0.0.1:" + port + "/api/orders";
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString("agent1:demo".getBytes(StandardCharsets.UTF_8));
		this.paceMillis = paceMillis;
		this.orders = orders;
		this.clients = Executors.newFixedThreadPool(clients);
	}

	/**
	 * Starts the clients.
	 * @param orders the n-th order (from 1): what kind it is, and its body without
	 * {@code requestId}
	 */
	public static IntakeLoad start(int port, int clients, long paceMillis, IntFunction<Order> orders) {
		IntakeLoad load = new IntakeLoad(port, clients, paceMillis, orders);
		for (int c = 0; c < clients; c++) {
			load.clients.submit(load::client);
		}
		return load;
	}

	/** Waits until so many orders are acknowledged in all. */
	public void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (this.acknowledged.size() < count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("only %d of %d orders acknowledged within %s"
					.formatted(this.acknowledged.size(), count, limit));
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Stops the clients; each first finishes (repeats until answered) the order it has.
	 */
	@Override
	public void close() throws InterruptedException {
		this.running.set(false);
		this.clients.shutdown();
		if (!this.clients.awaitTermination(GIVE_UP_MILLIS + 30_000, TimeUnit.MILLISECONDS)) {
			this.clients.shutdownNow();
		}
	}

	/** Orders answered with 201 (or 200 for a repeat), by request id: their ids. */
	public Map<String, Long> acknowledged() {
		return Map.copyOf(this.acknowledged);
	}

	/** Request ids of the orders of a kind. */
	public List<String> ofKind(String kind) {
		return this.kinds.entrySet().stream().filter((e) -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
	}

	/** Orders that were never answered with their order however often repeated. */
	public Set<String> givenUp() {
		return Set.copyOf(this.givenUp);
	}

	public List<Attempt> attempts() {
		return new ArrayList<>(this.attempts);
	}

	private void client() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		while (this.running.get()) {
			int n = this.sequence.incrementAndGet();
			Order order = this.orders.apply(n);
			String requestId = UUID.randomUUID().toString();
			this.kinds.put(requestId, order.kind());
			Map<String, Object> body = new HashMap<>(order.body());
			body.put("requestId", requestId);
			String json = JSON.writeValueAsString(body);
			long first = System.nanoTime();
			while (!send(http, requestId, json)) {
				if (System.nanoTime() - first > TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MILLIS)) {
					this.givenUp.add(requestId);
					break;
				}
				sleep(RETRY_MILLIS);
			}
			sleep(this.paceMillis);
		}
	}

	/** One attempt; answers whether the order was acknowledged. */
	private boolean send(HttpClient http, String requestId, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			String upstream = response.headers().firstValue("X-Upstream").orElse("");
			boolean created = status == 201 || status == 200;
			if (created) {
				JsonNode answer = JSON.readTree(response.body());
				this.acknowledged.putIfAbsent(requestId, answer.get("id").asLong());
			}
			this.attempts.add(new Attempt(requestId, sent, System.nanoTime(), status, created ? null : "HTTP " + status,
					upstream));
			return created;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			this.attempts.add(new Attempt(requestId, sent, System.nanoTime(), 0, ex.getClass().getSimpleName(), ""));
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An order to register: its kind (for the checks afterwards) and its body. */
	public record Order(String kind, Map<String, Object> body) {

	}

	/**
	 * One request: sent and answered ({@link System#nanoTime()}), its status (0: no
	 * answer), what failed, and the instance that answered.
	 */
	public record Attempt(String requestId, long sent, long answered, int status, String failure, String upstream) {

		public boolean succeeded() {
			return this.failure == null;
		}

	}

}
