package io.hotline.workforce.roster.web;

import java.time.Duration;

import io.hotline.support.Api;
import io.hotline.support.Api.Response;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roster solves for tests: a solve starts in the background (202 with its job); these
 * wait for its end.
 */
public final class RosterSolving {

	private RosterSolving() {
	}

	/**
	 * Starts a solve and answers, once it is solved, the roster it saved; a refused start
	 * as it came.
	 */
	public static Response solved(Api api, Object body) {
		Response started = api.post("/api/workforce/rosters", body);
		if (started.status() != 202) {
			return started;
		}
		Response job = ended(api, started.id());
		assertThat(job.text("state")).as(job.body().toString()).isEqualTo("SOLVED");
		return api.get("/api/workforce/rosters/" + job.body().get("rosterId").asLong());
	}

	/** The job once SOLVED or FAILED. */
	public static Response ended(Api api, long job) {
		return Awaitility.await()
			.pollInterval(Duration.ofMillis(200))
			.atMost(Duration.ofSeconds(150))
			.until(() -> api.get("/api/workforce/roster-solves/" + job),
					(r) -> r.status() != 200 || "SOLVED".equals(r.text("state")) || "FAILED".equals(r.text("state")));
	}

}
