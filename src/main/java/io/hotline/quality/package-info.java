/**
 * 智能质检 (quality inspection): every call and order inspected by the quality team's rule
 * set (versioned, tried on past calls before it is switched on), each finding resting on
 * the utterance it quotes; score cards per call, agent, team and period; appeals (申诉)
 * decided by team leaders; a random sample for human review and the agreement between the
 * reviewers and the machine (Cohen's κ). A check is one class implementing
 * {@link io.hotline.quality.Check}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality inspection", allowedDependencies = { "org",
		"cti", "conversation", "workorder", "assist", "knowledge", "catalog", "training" })
package io.hotline.quality;
