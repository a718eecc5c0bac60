package io.hotline.supervision.monitor;

import java.util.List;
import java.util.Set;

import io.hotline.org.UnitId;
import io.hotline.workorder.WorkOrderId;

/**
 * Which orders a run looks at: all, those of some units (their cases' units), or one
 * order; as SQL on the order {@code o} and on the case {@code c}, with one parameter or
 * none.
 */
record Scope(String orders, String cases, List<Object> params) {

	static Scope all() {
		return new Scope("true", "true", List.of());
	}

	static Scope units(Set<UnitId> units) {
		Long[] ids = units.stream().map(UnitId::value).toArray(Long[]::new);
		return new Scope("o.main_unit_id = any(?)", "c.unit_id = any(?)", List.of((Object) ids));
	}

	static Scope order(WorkOrderId order) {
		return new Scope("o.id = ?", "c.order_id = ?", List.of(order.value()));
	}

}
