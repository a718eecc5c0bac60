package io.hotline.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.hotline.support.Api;
import tools.jackson.databind.JsonNode;

/** Waits for the dispatch model that the test context trains at its start. */
final class DispatchModelReady {

	/**
	 * How long a training may take: the shared context trains at its start, and a machine
	 * busy with other builds makes that slow.
	 */
	private static final Duration WAIT = Duration.ofMinutes(6);

	private DispatchModelReady() {
	}

	/**
	 * The active version, once there is one and this instance answers with it (a test
	 * before may have unloaded it, as an instance that has just started has none yet).
	 */
	static int activeVersion(int port) {
		Instant until = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(until)) {
			for (JsonNode version : Api.as(port, "admin").get("/api/dispatch/models").body()) {
				if (version.get("active").asBoolean() && answering(port) == version.get("version").asInt()) {
					return version.get("version").asInt();
				}
			}
			sleep();
		}
		throw new AssertionError("no dispatch model became active and loaded within " + WAIT + threads());
	}

	/**
	 * What the threads that load the model (the scheduled follower and its loader) are
	 * doing: where a model is not loaded in time, the reason is in there.
	 */
	private static String threads() {
		StringBuilder dump = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().startsWith("scheduling") || thread.getName().startsWith("dispatch")) {
				dump.append("\n").append(thread.getName()).append(' ').append(thread.getState());
				for (int i = 0; i < Math.min(12, stack.length); i++) {
					dump.append("\n\tat ").append(stack[i]);
				}
			}
		});
		return dump.toString();
	}

	/** The version the suggestions come from: 0 where they come from the rules alone. */
	private static int answering(int port) {
		JsonNode advice = Api.as(port, "dispatcher1")
			.post("/api/dispatch/suggest", Map.of("text", "路灯坏了，晚上很黑，请尽快维修"))
			.body();
		return (advice.get("modelVersion") == null) ? 0 : advice.get("modelVersion").asInt();
	}

	/** The version's row once its training is over. */
	static JsonNode finished(int port, int number) {
		Instant until = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(until)) {
			for (JsonNode version : Api.as(port, "admin").get("/api/dispatch/models").body()) {
				if (version.get("version").asInt() == number && !version.get("status").asString().equals("TRAINING")) {
					return version;
				}
			}
			sleep();
		}
		throw new AssertionError("dispatch model v" + number + " did not finish within " + WAIT);
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
