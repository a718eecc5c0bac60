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

	private final String code;

	private final boolean linked;

	private final Divisions divisions;

	/**
	 * The node once its name is known: the divisions are loaded after the beans are made,
	 * on a first start.
	 */
	private volatile Node named;

	NodeRoleController(HotlineProperties properties, Divisions divisions, NodeSettings settings) {
		this.code = properties.jurisdiction();
		this.linked = !NodeSettings.provincial(this.code) && settings.sendsToProvince();
		this.divisions = divisions;
	}

	@GetMapping("/api/node")
	Node node() {
		Node node = this.named;
		if (node != null) {
			return node;
		}
		String name = this.divisions.division(this.code).map(Division::name).orElse(null);
		node = new Node(this.code, (name == null) ? this.code : name, NodeSettings.provincial(this.code), this.linked);
		if (name != null) {
			this.named = node;
		}
		return node;
	}

}
