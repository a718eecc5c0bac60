package io.hotline.workorder.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.UnitId;
import io.hotline.platform.Problem;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderPage;
import io.hotline.workorder.OrderQuery;
import io.hotline.workorder.OrderSearch;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading orders: one with its timeline, or a page of those the user may see. */
@RestController
@RequestMapping("/api/orders")
class WorkOrderController {

	private final WorkOrders orders;

	private final OrderSearch search;

	private final OrderViews views;

	WorkOrderController(WorkOrders orders, OrderSearch search, OrderViews views) {
		this.orders = orders;
		this.search = search;
		this.views = views;
	}

	@GetMapping("/{id}")
	ResponseEntity<OrderView> order(@PathVariable long id, Actor actor) {
		WorkOrder order = this.orders.find(new WorkOrderId(id), actor);
		return ResponseEntity.ok().eTag(Integer.toString(order.version())).body(this.views.of(order, actor));
	}

	@GetMapping
	OrderPage orders(@RequestParam(required = false) String status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean pendingExtension,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String withoutOpenFlag,
			Actor actor) {
		boolean byDeadline = "deadline".equals(sort);
		if (sort != null && !byDeadline && !"newest".equals(sort)) {
			throw Problem.invalid("order.bad-sort", sort);
		}
		return this.search.search(new OrderQuery(statuses(status), UnitId.of(unitId), q, pendingExtension, byDeadline,
				page, size, FlagKind.parse(withoutOpenFlag)), actor);
	}

	private static Set<Status> statuses(String status) {
		if (status == null || status.isBlank()) {
			return Set.of();
		}
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		for (String name : status.split(",")) {
			try {
				statuses.add(Status.valueOf(name.strip().toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				throw Problem.invalid("order.bad-status", Arrays.toString(Status.values()), name.strip());
			}
		}
		return statuses;
	}

}
