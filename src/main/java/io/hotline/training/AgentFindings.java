package io.hotline.training;

import java.time.LocalDate;
import java.util.Map;

/**
 * The quality inspection's findings of an agent, counted per topic (the knowledge base's
 * topics: the top level of the category, as training's questions name them), for the days
 * from {@code from} through {@code to}. Training reads every implementation and adds
 * their counts; the quality module implements it, until then there is none but the empty
 * one.
 */
public interface AgentFindings {

	Map<String, Integer> countsByTopic(String agent, LocalDate from, LocalDate to);

}
