package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A month's published roster: its id, its agents (those with a shift in it and every
 * agent with an active workforce profile, who may cover or work overtime) and each
 * agent's shift code by day (a day missing is a day off).
 */
record PublishedMonth(long id, YearMonth month, Set<String> agents, Map<String, Map<LocalDate, String>> shifts) {

	Optional<String> shift(String agent, LocalDate day) {
		return Optional.ofNullable(this.shifts.getOrDefault(agent, Map.of()).get(day));
	}

	boolean lists(String agent) {
		return this.agents.contains(agent);
	}

}
