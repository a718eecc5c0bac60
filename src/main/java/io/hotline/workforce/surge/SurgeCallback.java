package io.hotline.workforce.surge;

import java.time.Instant;

/**
 * A callback of the surge callback queue, as this reader may see it (the phone number
 * masked for roles that do not call back). {@code late}: made, or still not made, after
 * the promised time.
 */
record SurgeCallback(long id, String callId, String phone, Instant queuedAt, Instant leftAt, Instant promisedBy,
		String status, int tries, Instant nextTryAt, String agent, Instant takenAt, Instant doneAt, boolean late) {

}
