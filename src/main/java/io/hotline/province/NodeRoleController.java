package io.hotline.province;

import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.HotlineProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this node is, for the workstation's menus: a provincial platform or a city
 * hotline, and whether the city sends to a province.
 */
@RestController
class NodeRoleController {

	/** This node: its jurisdiction, its name, its role. */
	record Node(String jurisdiction, String name, boolean provincial, boolean linkedToProvince) {

	}

	private final Node node;

	NodeRoleController(HotlineProperties properties, Divisions divisions, NodeSettings settings) {
		String code = properties.jurisdiction();
		this.node = new Node(code, divisions.division(code).map(Division::name).orElse(code),
				NodeSettings.provincial(code), !NodeSettings.provincial(code) && settings.sendsToProvince());
	}

	@GetMapping("/api/node")
	Node node() {
		return this.node;
	}

}
