/**
 * 事项分类 and time: the three-level category catalog with each category's default handling
 * unit and time limits, and the working-day calendar (holidays and 调休 make-up days) that
 * turns those limits into deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "org")
package io.hotline.catalog;
