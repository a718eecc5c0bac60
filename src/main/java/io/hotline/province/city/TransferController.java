package io.hotline.province.city;

import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 跨市转办 and 上交省级 on a city of a province (docs/province-transfers.md). */
@RestController
@Conditional(CityOfAProvince.class)
class TransferController {

	private final CityTransfers transfers;

	TransferController(CityTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping("/api/orders/transfer-targets")
	List<CityTransfers.Target> targets(Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR);
		return this.transfers.targets();
	}

	@PostMapping("/api/orders/{id}/transfer")
	CityTransfers.Transferred transfer(@PathVariable long id, @RequestBody(required = false) Form form, Actor actor) {
		Form f = (form == null) ? new Form(null, null, null) : form;
		return this.transfers.transfer(id, f.to(), f.reason(), f.version(), actor);
	}

	@GetMapping("/api/orders/{id}/transfer")
	NodeMessages.Progress progress(@PathVariable long id, Actor actor) {
		return this.transfers.progress(id, actor);
	}

	/** Where to, why, and the version of the order the dispatcher read (optional). */
	record Form(String to, String reason, Integer version) {

	}

}
