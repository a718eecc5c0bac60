package io.hotline.training;

import java.util.List;

/**
 * A page of a list: its rows, how many rows the filter finds, and where the page starts.
 */
record Page<T>(List<T> items, long total, int offset, int limit) {

}
