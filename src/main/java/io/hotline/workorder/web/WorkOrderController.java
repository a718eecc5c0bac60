package io.hotline.workorder.web;

import io.hotline.org.Actor;
import io.hotline.workorder.OrderListParameters;
import io.hotline.workorder.OrderPage;
import io.hotline.workorder.OrderSearch;
import io.hotline.workorder.OrderView;
import io.hotline.workorder.OrderViews;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
	OrderPage orders(OrderListParameters parameters, Actor actor) {
		return this.search.search(parameters.query(), actor);
	}

}
