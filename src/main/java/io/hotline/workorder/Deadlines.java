package io.hotline.workorder;

import java.time.Instant;

/** When a dispatched order must be signed (签收) and handled (办结). */
public record Deadlines(Instant signBy, Instant handleBy) {

}
