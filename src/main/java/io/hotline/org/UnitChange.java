package io.hotline.org;

import java.util.List;

/**
 * What an administrator changes of a unit; null leaves a field as it is. The parent
 * changes only when {@code moves} is set, and then {@code parentId} null makes the unit a
 * root.
 */
public record UnitChange(String name, boolean moves, Long parentId, Boolean active, List<String> divisionCodes) {

}
