/**
 * 智能联动: editable rules that read an order's words for an emergency (110, 119, 120, to be
 * transferred at once) or a risk (self-harm, threats, group petition, strong emotion,
 * routed to a supervisor); each hit names the rule and the words that fired. Checked as
 * the agent types and again on each new order, where the hits become flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage", allowedDependencies = { "org", "workorder" })
package io.hotline.linkage;
