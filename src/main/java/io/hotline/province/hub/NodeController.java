package io.hotline.province.hub;

import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;
import io.hotline.province.mapping.CategoryMappings;
import io.hotline.workforce.SurgeReports;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a province's city nodes send their changes and their catalogs (whose mapping to
 * the standard catalog is then suggested again); the calling city is the one whose
 * signature let the call in ({@link NodeSignatures}).
 */
@RestController
@Conditional(ProvincialNode.class)
class NodeController {

	private final Replicas replicas;

	private final CityCatalogs catalogs;

	private final CategoryMappings mappings;

	private final ProvincialSupervision supervision;

	private final ProvinceTransfers transfers;

	private final CitySurges surges;

	private final SurgeGrants grants;

	NodeController(Replicas replicas, CityCatalogs catalogs, CategoryMappings mappings,
			ProvincialSupervision supervision, ProvinceTransfers transfers, CitySurges surges, SurgeGrants grants) {
		this.replicas = replicas;
		this.grants = grants;
		this.surges = surges;
		this.transfers = transfers;
		this.catalogs = catalogs;
		this.mappings = mappings;
		this.supervision = supervision;
	}

	/**
	 * A city's pull: what it applied and registered, the accounts it made for helpers and
	 * the help it received; and what the province asks of it, transfers to it and grants
	 * it now, and the help it gives.
	 */
	@PostMapping("/api/node/commands")
	NodeMessages.Commands commands(@RequestBody NodeMessages.Pull pull, HttpServletRequest request) {
		String city = city(request);
		NodeMessages.Commands commands = this.supervision.pull(city, pull);
		return this.grants.pull(city, pull,
				new NodeMessages.Commands(commands.commands(), this.transfers.pull(city, pull.registered())));
	}

	/** A city's surge (多援一), every 10 s. */
	@PostMapping("/api/node/surge")
	NodeMessages.Answer surge(@RequestBody SurgeReports.SurgeReport report, HttpServletRequest request) {
		this.surges.reported(city(request), report);
		return new NodeMessages.Answer(0, 0, null, null);
	}

	/** A sender's question: how far is the order it transferred out. */
	@PostMapping("/api/node/transfers/progress")
	NodeMessages.Progress progress(@RequestBody NodeMessages.ProgressAsked asked, HttpServletRequest request) {
		return this.transfers.progress(city(request), asked.orderId());
	}

	@PostMapping("/api/node/orders")
	NodeMessages.Answer orders(@RequestBody NodeMessages.Batch batch, HttpServletRequest request) {
		return this.replicas.store(city(request), batch);
	}

	@PostMapping("/api/node/catalog")
	NodeMessages.Answer catalog(@RequestBody NodeMessages.Catalog catalog, HttpServletRequest request) {
		String city = city(request);
		int stored = this.catalogs.replace(city, catalog);
		// committed: the mapping to the standard catalog is suggested again, in the
		// background
		this.mappings.catalogArrived(city);
		return new NodeMessages.Answer(stored, 0, catalog.hash(), null);
	}

	private static String city(HttpServletRequest request) {
		return (String) request.getAttribute(NodeSignatures.CITY);
	}

}
