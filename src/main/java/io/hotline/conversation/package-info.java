/**
 * Conversations: what was said on a call or in a chat, utterance by utterance, with who
 * said it and when, and the models that read a whole conversation (its quality as the
 * caller would judge it, the caller's request in one or two sentences, its topics). A
 * reference module like classification: it knows nothing of orders or calls; the quality
 * inspection, the form filling and the guidance build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation",
		allowedDependencies = { "classification" })
package io.hotline.conversation;
