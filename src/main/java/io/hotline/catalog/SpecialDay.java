package io.hotline.catalog;

import java.time.LocalDate;

/** A calendar date that departs from the Monday-to-Friday rule, such as 春节 or 春节调休. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

}
