package io.hotline.quality.checks;

import java.util.List;

import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 缺少地址: an order of a type that needs a place ({@code types}: complaints, help, reports)
 * or of a category under one of {@code categories} has no address.
 */
@Component
class OrderAddressCheck implements Check {

	static final List<String> TYPES = List.of("COMPLAINT", "HELP", "REPORT");

	@Override
	public String kind() {
		return "ORDER_ADDRESS";
	}

	@Override
	public boolean needsConversation() {
		return false;
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		Inspected.OrderFacts order = subject.order();
		if (order == null || (order.address() != null && !order.address().isBlank())) {
			return List.of();
		}
		boolean needs = rule.words("types", TYPES).contains(order.type()) || (order.categoryCode() != null
				&& rule.words("categories", List.of()).stream().anyMatch(order.categoryCode()::startsWith));
		return needs ? List.of(Finding.of(rule, "工单缺少地址")) : List.of();
	}

}
