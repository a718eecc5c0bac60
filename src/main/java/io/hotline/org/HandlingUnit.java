package io.hotline.org;

/** A 承办单位: a node in the tree of handling units. */
public record HandlingUnit(UnitId id, String code, String name, UnitType type, UnitId parentId) {

}
