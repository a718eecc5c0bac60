/**
 * 坐席助手 Agent assist: the order form proposed from the conversation so far (智能填单), with
 * each field's confidence and the utterance it came from, the agent's corrections kept
 * and measured; guidance while the caller speaks (话术指引: knowledge articles, the script
 * for the situation, emergency and risk words, the caller's history); and the scenario
 * checks of quality inspection ({@link io.hotline.assist.ScenarioChecks}), pure functions
 * over a {@link io.hotline.conversation.Conversation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist", allowedDependencies = { "conversation", "org",
		"catalog", "address", "classification", "linkage", "knowledge", "dispatch", "cti", "workorder" })
package io.hotline.assist;
