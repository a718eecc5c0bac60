package io.hotline.cti;

import java.time.LocalDateTime;

/** One interval (Beijing time, its start included, its end not) and its figures. */
public record Interval(LocalDateTime start, LocalDateTime end, Figures figures) {

}
