package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.hotline.address.AddressResolver;
import io.hotline.address.ResolvedAddress;
import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.classification.Prediction;
import io.hotline.classification.Prediction.Scored;
import io.hotline.dispatch.DispatchAdvice.CoUnit;
import io.hotline.dispatch.DispatchAdvice.SimilarOrder;
import io.hotline.dispatch.DispatchAdvice.Suggestion;
import io.hotline.dispatch.UnitMixture.Candidate;
import io.hotline.org.Actor;
import io.hotline.org.HandlingUnit;
import io.hotline.org.Organisation;
import io.hotline.org.Role;
import io.hotline.org.UnitId;
import io.hotline.org.UnitType;
import io.hotline.platform.Problem;
import io.hotline.workorder.Location;
import io.hotline.workorder.Registration;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Service;

/**
 * 智能辅助派单: the units suggested for a text and place (or for an order), from the active
 * dispatch model, the catalog's routing and the organisation as it is now (a unit
 * deactivated since the training is not suggested).
 */
@Service
public class DispatchSuggestions {

	static final int SUGGESTIONS = 5;

	static final int SIMILAR = 5;

	static final int MAX_TEXT = 10_000;

	private static final int CATEGORIES = 10;

	private final DispatchModels models;

	private final DispatchThresholds thresholds;

	private final Dispatching dispatching;

	private final Organisation organisation;

	private final Catalog catalog;

	private final AddressResolver addresses;

	private final WorkOrders orders;

	private final SuggestionLog log;

	private final MatterWords words;

	private final HistoryRouting history;

	DispatchSuggestions(DispatchModels models, DispatchThresholds thresholds, Dispatching dispatching,
			Organisation organisation, Catalog catalog, AddressResolver addresses, WorkOrders orders, SuggestionLog log,
			MatterWords words, HistoryRouting history) {
		this.words = words;
		this.history = history;
		this.models = models;
		this.thresholds = thresholds;
		this.dispatching = dispatching;
		this.organisation = organisation;
		this.catalog = catalog;
		this.addresses = addresses;
		this.orders = orders;
		this.log = log;
	}

	/**
	 * Suggestions for a text, its place recognised from the address (or the text); with a
	 * category, only the unit is suggested.
	 */
	public DispatchAdvice suggest(String text, String address, String categoryCode, Actor actor) {
		actor.requireAny(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
		if (text == null || text.isBlank()) {
			throw Problem.invalid("dispatch.text-required");
		}
		if (text.length() > MAX_TEXT || (address != null && address.length() > MAX_TEXT)) {
			throw Problem.invalid("dispatch.text-too-long", MAX_TEXT);
		}
		String category = (categoryCode == null || categoryCode.isBlank()) ? null : categoryCode.strip();
		if (category != null && this.catalog.category(category).isEmpty()) {
			throw Problem.invalid("dispatch.unknown-category", category);
		}
		ResolvedAddress resolved = this.addresses
			.resolve((address == null || address.isBlank()) ? text : address + " " + text);
		Place place = new Place(resolved.districtCode(), resolved.streetCode(), resolved.communityCode());
		return this.models.active()
			.map((model) -> advise(model, text, place, category, actor.seesAllUnits(), true))
			.orElseGet(() -> byRules(text, place, category));
	}

	/**
	 * The categories a text calls for, most probable first, as the suggestions rank them:
	 * the active dispatch model's, or before any model the categories whose words the
	 * text uses (the form filled from a conversation, agent assist).
	 */
	public Prediction categories(String text) {
		return this.models.active()
			.map((model) -> model.categories(text))
			.orElseGet(() -> new Prediction(this.words.categories(text), List.of()));
	}

	/**
	 * Suggestions for an order, remembered to record whether the dispatcher took them.
	 */
	public DispatchAdvice forOrder(WorkOrderId id, Actor actor) {
		actor.requireAny(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
		WorkOrder order = this.orders.find(id, actor);
		Optional<DispatchModel> model = this.models.active();
		if (model.isEmpty()) {
			Registration registration = order.registration();
			Location location = registration.location();
			return byRules(PastOrders.text(registration.title(), registration.content()),
					new Place(location.districtCode(), location.streetCode(), location.communityCode()),
					registration.categoryCode());
		}
		DispatchAdvice advice = advise(model.get(), order, true);
		this.log.shown(order.id(), advice);
		return advice;
	}

	/**
	 * Before any dispatch model (a fresh installation while its first one trains): the
	 * catalog's routing and the history's units for the order's category, or for the
	 * categories whose words the text uses, at its place; where no category is found, the
	 * place's street office. Model version 0 says so; nothing is dispatched
	 * automatically.
	 */
	DispatchAdvice byRules(String text, Place place, String known) {
		List<String> terms = MatterWords.found(MatterWords.normalize(text), this.words.words())
			.stream()
			.limit(CategoryModel.TERMS)
			.toList();
		return new DispatchAdvice(0, rankByRules(text, place, known, this.history.now()), false, null, terms, List.of(),
				List.of());
	}

	/** The units by the rules alone, from this routing (benchmark-dispatch). */
	List<Suggestion> rankByRules(String text, Place place, String known, PlaceRouting routing) {
		List<Scored> categories = known != null ? List.of(new Scored(known, 1)) : this.words.categories(text);
		RuleLookup rules = new RuleLookup(this.catalog, this.dispatching);
		List<Candidate> candidates = UnitMixture.of(categories,
				(category) -> routing.units(category, place, rules.apply(category, place.finest()), null), Map.of(), 1);
		if (candidates.isEmpty() && place.finest() != null) {
			candidates = this.organisation.responsibleUnit(UnitType.STREET, place.finest())
				.map((unit) -> List.of(new Candidate(unit.id().value(), known, 1)))
				.orElse(List.of());
		}
		return suggestions(candidates, new HashMap<>());
	}

	/**
	 * The suggestions for an order; with {@code forPeople} also what only people read:
	 * similar past orders and co-units (automatic dispatch reads the first suggestion).
	 */
	DispatchAdvice advise(DispatchModel model, WorkOrder order, boolean forPeople) {
		Registration registration = order.registration();
		Location location = registration.location();
		String text = PastOrders.text(registration.title(), registration.content());
		Place place = new Place(location.districtCode(), location.streetCode(), location.communityCode());
		return advise(model, text, place, registration.categoryCode(), forPeople, forPeople);
	}

	/**
	 * The units for a text at a place, with its category or without, most probable first
	 * (benchmark-dispatch).
	 */
	List<Suggestion> rank(DispatchModel model, String text, Place place, String known, double relevantShare) {
		return ranked(model, place, known, known == null ? model.categories(text) : null, model.units(text),
				new RuleLookup(this.catalog, this.dispatching), new HashMap<>(), relevantShare);
	}

	/** The unit of the catalog's routing rule for a category at a place, if any. */
	Long ruleUnit(String category, Place place) {
		return new RuleLookup(this.catalog, this.dispatching).apply(category, place.finest());
	}

	private DispatchAdvice advise(DispatchModel model, String text, Place place, String known, boolean similar,
			boolean coUnitsToo) {
		Prediction categories = known == null ? model.categories(text) : null;
		Prediction units = model.units(text);
		RuleLookup rules = new RuleLookup(this.catalog, this.dispatching);
		Map<Long, Optional<HandlingUnit>> active = new HashMap<>();
		List<Suggestion> suggestions = ranked(model, place, known, categories, units, rules, active,
				UnitMixture.RELEVANT);
		Double threshold = suggestions.isEmpty() ? null
				: this.thresholds.of(suggestions.get(0).categoryCode()).orElse(null);
		boolean automatic = threshold != null && suggestions.get(0).probability() >= threshold;
		List<String> terms = ReasonWords.of(text,
				Stream.of(categories, units)
					.filter(Objects::nonNull)
					.flatMap((p) -> p.terms().stream())
					.map((t) -> t.term())
					.toList(),
				this.words.words(), CategoryModel.TERMS);
		List<CoUnit> coUnits = !coUnitsToo ? List.of()
				: Matters.coUnits(text, suggestions.isEmpty() ? null : suggestions.get(0),
						(clause) -> ranked(model, place, null, model.categories(clause), model.units(clause), rules,
								active, UnitMixture.RELEVANT));
		return new DispatchAdvice(model.version(), suggestions, automatic, threshold, terms,
				similar ? similar(model, text) : List.of(), coUnits);
	}

	/**
	 * The units for a text's readings, most probable first; {@code active} keeps the
	 * units looked up for one advice.
	 */
	private List<Suggestion> ranked(DispatchModel model, Place place, String known, Prediction categories,
			Prediction units, RuleLookup rules, Map<Long, Optional<HandlingUnit>> active, double relevantShare) {
		List<Scored> candidatesOfCategory = known != null ? List.of(new Scored(known, 1))
				: categories.labels().subList(0, Math.min(CATEGORIES, categories.labels().size()));
		Map<String, Map<Long, Double>> routed = new HashMap<>();
		Function<String, Map<Long, Double>> routing = (category) -> routed.computeIfAbsent(category,
				(c) -> model.routed(c, place, rules.apply(c, place.finest())));
		return suggestions(UnitMixture.of(candidatesOfCategory, routing, model.units(units, place),
				model.alpha(known != null), relevantShare), active);
	}

	private List<Suggestion> suggestions(List<Candidate> candidates, Map<Long, Optional<HandlingUnit>> active) {
		List<Candidate> first = candidates.subList(0, Math.min(candidates.size(), SUGGESTIONS * 2));
		Set<Long> unknown = first.stream()
			.map(Candidate::unitId)
			.filter((id) -> !active.containsKey(id))
			.collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			Map<Long, HandlingUnit> found = units(unknown);
			unknown.forEach((id) -> active.put(id, Optional.ofNullable(found.get(id))));
		}
		List<Suggestion> suggestions = new ArrayList<>();
		for (Candidate c : first) {
			HandlingUnit unit = active.get(c.unitId()).orElse(null);
			if (unit != null && suggestions.size() < SUGGESTIONS) {
				suggestions.add(new Suggestion(c.categoryCode(), categoryName(c.categoryCode()), c.unitId(),
						unit.name(), Math.round(c.probability() * 10_000) / 10_000.0));
			}
		}
		return suggestions;
	}

	private List<SimilarOrder> similar(DispatchModel model, String text) {
		List<SimilarOrders.Similar> found = model.similar().like(text, SIMILAR);
		Map<Long, HandlingUnit> units = units(
				found.stream().map(SimilarOrders.Similar::unitId).collect(Collectors.toSet()));
		return found.stream()
			.map((s) -> new SimilarOrder(s.orderId(), s.number(), s.excerpt(), s.categoryCode(),
					categoryName(s.categoryCode()), s.unitId(),
					units.containsKey(s.unitId()) ? units.get(s.unitId()).name() : null))
			.toList();
	}

	private Map<Long, HandlingUnit> units(Set<Long> ids) {
		return this.organisation.activeUnits(ids.stream().map(UnitId::new).toList())
			.stream()
			.collect(Collectors.toMap((u) -> u.id().value(), (u) -> u));
	}

	private String categoryName(String code) {
		return code == null ? null : this.catalog.category(code).map(Category::name).orElse(code);
	}

}
