package io.hotline.workorder.web;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlag;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.WorkOrderId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 标记 over HTTP: an order's flags, all open flags, a supervisor's judgement. */
@RestController
class FlagController {

	private final OrderFlags flags;

	FlagController(OrderFlags flags) {
		this.flags = flags;
	}

	@GetMapping("/api/orders/{id}/flags")
	Flags ofOrder(@PathVariable long id, Actor actor) {
		return new Flags(this.flags.of(new WorkOrderId(id), actor));
	}

	@GetMapping("/api/flags")
	Flags list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean all,
			Actor actor) {
		return new Flags(this.flags.list(FlagKind.parse(kind), !all, actor));
	}

	@PostMapping("/api/flags/{id}/judge")
	OrderFlag judge(@PathVariable long id, @RequestBody(required = false) Judgement body, Actor actor) {
		Judgement j = (body == null) ? new Judgement(null, null) : body;
		return this.flags.judge(id, j.verdict(), j.note(), actor);
	}

	record Flags(List<OrderFlag> flags) {

	}

	record Judgement(String verdict, String note) {

	}

}
