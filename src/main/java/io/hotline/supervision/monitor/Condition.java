package io.hotline.supervision.monitor;

import java.util.List;

/**
 * What makes an order a case of a monitor, as SQL on the order {@code o} with its
 * parameters, and the episode of the condition: the deadline that passed, the round of
 * handling, the first open flag. One case per order, kind and episode.
 */
record Condition(String where, List<Object> params, String episode) {

}
