package io.hotline.workorder;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.catalog.Catalog;

import io.hotline.org.Actor;
import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.org.UnitId;
import io.hotline.org.UserAccounts;

import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.stereotype.Component;

/** Renders orders for the user who asked. */
@Component
public class OrderViews {

	private final Divisions divisions;

	private final Catalog catalog;

	private final UserAccounts accounts;

	OrderViews(Divisions divisions, Catalog catalog, UserAccounts accounts) {
		this.divisions = divisions;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	public OrderView of(WorkOrder order, Actor actor) {
		Registration r = order.registration();
		State s = order.snapshot();
		return new OrderView(order.id().value(), order.number(), s.status(), r.type(), r.channel(), r.urgency(),
				r.title(), r.content(), r.address(), location(r.location()), r.categoryCode(),
				categoryName(r.categoryCode()), CallerMask.forActor(r.caller(), actor), value(s.mainUnitId()),
				s.coUnitIds().stream().map(UnitId::value).toList(), s.signDeadline(), s.deadline(), s.extensionDays(),
				s.supervised(), s.satisfaction(), s.resolved(), s.counts().dispatches(), s.counts().returns(),
				s.counts().reopenings(), r.requestId(), r.createdAt(), s.updatedAt(), s.closedAt(), s.version(),
				events(order.timeline()));
	}

	LocationView location(Location location) {
		return new LocationView(name(location.districtCode()), name(location.streetCode()),
				name(location.communityCode()),
				new LocationView.Codes(location.districtCode(), location.streetCode(), location.communityCode()));
	}

	private String name(String code) {
		return this.divisions.division(code).map(Division::name).orElse(null);
	}

	/** The category's name with the names above it (城乡建设/市政设施/路灯), null if none. */
	private String categoryName(String code) {
		return this.catalog.pathName(code);
	}

	private List<OrderView.EventView> events(List<TimelineEvent> timeline) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = this.accounts.displayNames(timeline.stream().map(TimelineEvent::actor).toList());
		return timeline.stream()
			.map((e) -> new OrderView.EventView(e.type(), e.at(), e.actor(), names.get(e.actor()), e.note(),
					e.note(locale), (e.fact() == null) ? null : e.fact().key(),
					(e.fact() == null) ? null : e.fact().arguments(), e.status(), value(e.unitId())))
			.toList();
	}

	private static Long value(UnitId unit) {
		return unit == null ? null : unit.value();
	}

}
