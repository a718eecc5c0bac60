package io.hotline.training;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/** No findings: the {@link AgentFindings} there is before quality inspection exists. */
@Component
class NoFindings implements AgentFindings {

	@Override
	public Map<String, Integer> countsByTopic(String agent, LocalDate from, LocalDate to) {
		return Map.of();
	}

}
