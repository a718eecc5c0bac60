package io.hotline.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.hotline.catalog.Category;
import io.hotline.intake.Intake;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.platform.Secrets;
import io.hotline.workorder.Channel;
import io.hotline.workorder.GeoPoint;
import io.hotline.workorder.OrderFilter;
import io.hotline.workorder.OrderSearch;
import io.hotline.workorder.PublicOrder;
import io.hotline.workorder.Status;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GeoReport service requests: creating one registers an order through intake (channel
 * {@code OPEN311}); reading and searching answer orders by their number.
 */
@Service
public class ServiceRequests {

	static final int MAX_RESULTS = 1000;

	static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

	private static final Actor READER = new Actor("open311", Set.of(Role.AGENT), null);

	private final ApiKeys keys;

	private final ServiceCatalog services;

	private final Intake intake;

	private final WorkOrders orders;

	private final OrderSearch search;

	private final RequestFields fields;

	private final RequestExtras extras;

	ServiceRequests(ApiKeys keys, ServiceCatalog services, Intake intake, WorkOrders orders, OrderSearch search,
			RequestFields fields, RequestExtras extras) {
		this.extras = extras;
		this.keys = keys;
		this.services = services;
		this.intake = intake;
		this.orders = orders;
		this.search = search;
		this.fields = fields;
	}

	/**
	 * Registers the request of the form. The same form sent again (a retry) answers the
	 * order of the first one.
	 */
	@Transactional
	public List<Map<String, Object>> create(Map<String, String> form) {
		String client = this.keys.require(value(form, "api_key"));
		String code = value(form, "service_code");
		if (code == null) {
			throw Problem.invalid("request.required", "service_code");
		}
		Category service = this.services.service(code)
			.orElseThrow(() -> Problem.invalid("open311.unknown-service", code));
		GeoPoint point = Coordinates.of(value(form, "lat"), value(form, "long"));
		String address = value(form, "address_string") != null ? value(form, "address_string")
				: value(form, "address_id");
		if (address == null && point == null) {
			throw Problem.invalid("open311.location-required");
		}
		Map<String, String> answers = ServiceAttributes.answers(form);
		RequestExtras.Extras extras = RequestExtras.of(client, form, answers);
		String token = digest(new TreeMap<>(form).toString());
		String name = String.join("", nonNull(value(form, "last_name"), value(form, "first_name")));
		IntakeRequest request = new IntakeRequest(Channel.OPEN311, ServiceAttributes.type(answers, service),
				content(value(form, "description"), service, answers), service.name(), address,
				new IntakeRequest.CallerInput(name.isEmpty() ? null : name, value(form, "phone")), code, null,
				requestId(token), point);
		WorkOrder order = this.intake.register(request, new Actor("open311:" + client, Set.of(Role.AGENT), null));
		this.extras.save(order.id().value(), extras);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", order.number());
		answer.put("token", token);
		answer.put("service_notice", ServiceAttributes.notice(service));
		answer.put("account_id", extras.accountId());
		return List.of(answer);
	}

	/**
	 * The order's content: the description (the service's path when there is none), with
	 * the time the matter happened when the citizen gave it.
	 */
	private static String content(String description, Category service, Map<String, String> answers) {
		String content = description != null ? description : service.pathName();
		Instant occurred = ServiceAttributes.occurredAt(answers);
		return occurred == null ? content : content + "\n（发生时间：" + RequestFields.text(occurred) + "）";
	}

	/** The request of this number, read as a whole order. */
	public List<Map<String, Object>> request(String number) {
		List<WorkOrderId> ids = this.search.ids(new OrderFilter(Set.of(number), null, null, null, null, null, 1));
		if (ids.isEmpty()) {
			throw Problem.notFound("open311.request-not-found", number);
		}
		WorkOrder order = this.orders.find(ids.get(0), READER);
		return List
			.of(this.fields.of(order, READER, this.extras.of(List.of(order.id().value())).get(order.id().value())));
	}

	/** The request that a token of {@link #create} stands for. */
	public List<Map<String, Object>> token(String token) {
		List<WorkOrderId> ids = this.search.ids(OrderFilter.requestId(requestId(token)));
		if (ids.isEmpty()) {
			throw Problem.notFound("open311.token-not-found", token);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", this.orders.find(ids.get(0), READER).number());
		answer.put("token", token);
		return List.of(answer);
	}

	/**
	 * The requests of a search: the listed numbers (the other parameters then do not
	 * apply), or those of a service, a window of registration (90 days up to the end by
	 * default) and open or closed; newest first, at most 1000.
	 */
	public List<Map<String, Object>> search(Map<String, String> parameters) {
		String numbers = value(parameters, "service_request_id");
		if (numbers != null) {
			Set<String> listed = Arrays.stream(numbers.split(","))
				.map(String::strip)
				.filter((number) -> !number.isEmpty())
				.collect(Collectors.toSet());
			return views(new OrderFilter(listed, null, null, null, null, null, MAX_RESULTS));
		}
		Instant end = RequestFields.instant(value(parameters, "end_date"), "end_date");
		Instant start = RequestFields.instant(value(parameters, "start_date"), "start_date");
		if (end == null) {
			end = start != null ? start.plus(DEFAULT_WINDOW) : this.orders.now();
		}
		if (start == null) {
			start = end.minus(DEFAULT_WINDOW);
		}
		return views(new OrderFilter(null, value(parameters, "service_code"), start, end,
				statuses(value(parameters, "status")), null, MAX_RESULTS));
	}

	/**
	 * The requests of a search, from one query for the orders and their latest replies
	 * and the unit and service names looked up once each.
	 */
	private List<Map<String, Object>> views(OrderFilter filter) {
		RequestFields.Names names = this.fields.names();
		List<PublicOrder> orders = this.search.publicOrders(filter);
		Map<Long, RequestExtras.Extras> extras = this.extras.of(orders.stream().map(PublicOrder::id).toList());
		return orders.stream().map((order) -> this.fields.of(order, names, extras.get(order.id()))).toList();
	}

	private static Set<Status> statuses(String status) {
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		if (status == null) {
			return statuses;
		}
		for (String name : status.split(",")) {
			switch (name.strip().toLowerCase()) {
				case "open" -> statuses.addAll(EnumSet.complementOf(EnumSet.of(Status.CLOSED)));
				case "closed" -> statuses.add(Status.CLOSED);
				default -> throw Problem.invalid("open311.bad-status", name.strip());
			}
		}
		return statuses;
	}

	private static String requestId(String token) {
		return "open311:" + token;
	}

	private static String value(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> nonNull(String... parts) {
		return Arrays.stream(parts).filter((part) -> part != null).toList();
	}

	/** A short digest of the text: the first 20 bytes of its SHA-256, in hex. */
	private static String digest(String text) {
		return Secrets.sha256(text).substring(0, 40);
	}

}
