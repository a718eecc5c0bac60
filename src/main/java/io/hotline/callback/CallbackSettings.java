package io.hotline.callback;

import java.time.Instant;

/**
 * The administrator's rule for callers not reached: {@code maxTries} tries (未接通), each at
 * least {@code retryMinutes} after the one before, then {@code afterLast}.
 */
public record CallbackSettings(int maxTries, int retryMinutes, AfterLastTry afterLast, String updatedBy,
		Instant updatedAt) {

}
