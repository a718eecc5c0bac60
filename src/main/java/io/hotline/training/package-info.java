/**
 * 考试培训 Training and exams: questions per topic generated from the knowledge base's
 * published articles or written by hand, reviewed before use; exams composed for agents
 * or a group, taken in the workstation under a time limit the server keeps, scored on
 * submission; each agent's weak topics from their results and their inspection findings
 * ({@link io.hotline.training.AgentFindings}); the progress of new agents for their team
 * leader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
		allowedDependencies = { "knowledge", "org", "workforce" })
package io.hotline.training;
