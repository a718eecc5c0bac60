/**
 * CTI: the phone system's call events, the agent's screen pop (the caller's number and
 * earlier orders) and the link between a call and the order it produced.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CTI",
		allowedDependencies = { "org", "workorder", "intake", "conversation" })
package io.hotline.cti;
