package io.hotline.workorder;

import java.time.Instant;

import io.hotline.org.UnitId;

/**
 * One entry of an order's timeline: what happened, when, by whom, the state it left the
 * order in and the unit concerned.
 */
public record TimelineEvent(EventType type, Instant at, String actor, Status status, UnitId unitId, String note) {

}
