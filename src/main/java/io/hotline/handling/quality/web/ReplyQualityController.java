package io.hotline.handling.quality.web;

import io.hotline.handling.quality.ReplyQualityReports;
import io.hotline.handling.quality.ReplyQualityView;
import io.hotline.org.Actor;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 答复质量: the units' reply quality over time, and an order's scored replies. */
@RestController
class ReplyQualityController {

	private final ReplyQualityReports reports;

	ReplyQualityController(ReplyQualityReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reply-quality/units")
	ReplyQualityView.UnitReport units(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String groupBy, Actor actor) {
		return this.reports.units(from, to, groupBy, actor);
	}

	@GetMapping("/api/reply-quality/orders/{id}")
	ReplyQualityView.OrderScores order(@PathVariable long id, Actor actor) {
		return this.reports.order(new WorkOrderId(id), actor);
	}

}
