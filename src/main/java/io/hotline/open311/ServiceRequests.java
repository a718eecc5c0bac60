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
import io.hotline.platform.PersonalData;
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

	private final Publication publication;

	ServiceRequests(ApiKeys keys, ServiceCatalog services, Intake intake, WorkOrders orders, OrderSearch search,
			RequestFields fields, RequestExtras extras, Publication publication) {
		this.extras = extras;
		this.publication = publication;
		this.keys = keys;
		this.services = services;
		this.intake = intake;
		this.orders = orders;
		this.search = search;
		this.fields = fields;
	}

	/**
	 * Registers the request of the form. The same form sent again (a retry) answers the
	 * order of the first one. The answer names the order at once: a
	 * {@code service_request_id}, never a {@code token} beside it (the specification's
	 * one or the other).
	 */
	@Transactional
	public List<Map<String, Object>> create(Map<String, String> form) {
		String client = this.keys.require(value(form, "api_key"));
		String code = value(form, "service_code");
		if (code == null) {
			throw Problem.invalid("request.required", "service_code");
		}
		Category service = this.services.service(code)
			.orElseThrow(() -> Problem.notFound("open311.unknown-service", code));
		GeoPoint point = Coordinates.of(value(form, "lat"), value(form, "long"));
		String address = value(form, "address_string") != null ? value(form, "address_string")
				: value(form, "address_id");
		if (address == null && point == null) {
			throw Problem.invalid("open311.location-required");
		}
		Map<String, String> answers = ServiceAttributes.answers(form);
		ContactFields.Contact contact = ContactFields.of(form);
		RequestExtras.Extras extras = RequestExtras.of(client, form, answers, contact);
		String description = value(form, "description");
		IntakeRequest request = new IntakeRequest(Channel.OPEN311, ServiceAttributes.type(answers, service),
				description != null ? description : service.pathName(), service.name(), address,
				new IntakeRequest.CallerInput(contact.name(), contact.phone()), code, null, requestId(token(form)),
				point);
		WorkOrder order = this.intake.register(request, new Actor("open311:" + client, Set.of(Role.AGENT), null));
		this.extras.save(order.id().value(), extras);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", order.number());
		answer.put("service_notice", ServiceAttributes.notice(service));
		answer.put("account_id", extras.accountId());
		return List.of(answer);
	}

	/**
	 * The token of a form: a digest of the whole of it, the order's request id (so that a
	 * retry finds the first order), and what {@code tokens/{token}} answers for the
	 * tokens handed out before the answer named the order alone.
	 */
	static String token(Map<String, String> form) {
		return digest(new TreeMap<>(form).toString());
	}

	/**
	 * The request of this number, read as the search reads it: in full for a key that
	 * reads, else only if it is public (a request that is not is unknown here).
	 */
	public List<Map<String, Object>> request(String number, Map<String, String> parameters) {
		boolean full = this.keys.reads(value(parameters, "api_key"));
		List<Map<String, Object>> found = views(
				new OrderFilter(Set.of(number), null, null, null, null, null, full ? null : this.publication.rule(), 1),
				full, extensions(parameters));
		if (found.isEmpty()) {
			throw Problem.notFound("open311.request-not-found", number);
		}
		return found;
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
	 * apply), or those of any of the listed services, a window of registration (90 days
	 * up to the end by default, at most 90 days without a key that reads) and open or
	 * closed; newest first, at most 1000; all of them for a key that reads, else only the
	 * public ones.
	 */
	public List<Map<String, Object>> search(Map<String, String> parameters) {
		boolean full = this.keys.reads(value(parameters, "api_key"));
		OrderFilter.Publication publication = full ? null : this.publication.rule();
		String numbers = value(parameters, "service_request_id");
		if (numbers != null) {
			return views(new OrderFilter(list(numbers), null, null, null, null, null, publication, MAX_RESULTS), full,
					extensions(parameters));
		}
		Instant end = RequestFields.instant(value(parameters, "end_date"), "end_date");
		Instant start = RequestFields.instant(value(parameters, "start_date"), "start_date");
		if (end == null) {
			end = start != null ? start.plus(DEFAULT_WINDOW) : this.orders.now();
		}
		if (start == null) {
			start = end.minus(DEFAULT_WINDOW);
		}
		if (!full && Duration.between(start, end).compareTo(DEFAULT_WINDOW) > 0) {
			throw Problem.invalid("open311.window-too-long", DEFAULT_WINDOW.toDays());
		}
		String codes = value(parameters, "service_code");
		return views(
				new OrderFilter(null, codes == null ? null : list(codes), start, end,
						statuses(value(parameters, "status")), null, publication, MAX_RESULTS),
				full, extensions(parameters));
	}

	/**
	 * The requests of a search, from one query for the orders and their latest replies
	 * and the unit and service names looked up once each.
	 */
	private List<Map<String, Object>> views(OrderFilter filter, boolean full, boolean extensions) {
		RequestFields.Names names = this.fields.names();
		List<PublicOrder> orders = this.search.publicOrders(filter);
		Map<Long, RequestExtras.Extras> extras = this.extras.of(orders.stream().map(PublicOrder::id).toList());
		return orders.stream()
			.map((order) -> this.fields.of(order, names, extras.get(order.id()), full, extensions))
			.toList();
	}

	/**
	 * What an Open311 request carried beyond the order's own fields, for the staff who
	 * may see the order: the answers to the service's attributes and the contact fields
	 * left out for a wrong value, the e-mail and those values only for those who see
	 * callers in full. 404 for an order they may not see or that did not come through
	 * Open311.
	 */
	public Submitted submitted(WorkOrderId id, Actor actor) {
		this.orders.find(id, actor);
		RequestExtras.Extras found = this.extras.of(List.of(id.value())).get(id.value());
		if (found == null) {
			throw Problem.notFound("open311.no-request", id.value());
		}
		boolean identity = actor.seesCallerIdentity();
		Map<String, String> ignored = new LinkedHashMap<>();
		found.ignored().forEach((field, value) -> ignored.put(field, identity ? value : PersonalData.MARK));
		return new Submitted(found.client(), found.addressId(),
				found.email() == null || identity ? found.email() : PersonalData.MARK, found.deviceId(),
				found.accountId(), found.mediaUrl(), found.attributes(), ignored);
	}

	/**
	 * An Open311 request's extras as the staff see them: {@code attributes} the answers
	 * to the service's attributes by code, {@code ignored} the contact fields left out
	 * for a wrong value, with the value sent.
	 */
	public record Submitted(String client, String addressId, String email, String deviceId, String accountId,
			String mediaUrl, Map<String, String> attributes, Map<String, String> ignored) {

	}

	/** The items of a comma-separated list. */
	private static Set<String> list(String items) {
		return Arrays.stream(items.split(","))
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.collect(Collectors.toSet());
	}

	/** Whether the client asked for the extensions ({@code extensions=true}). */
	private static boolean extensions(Map<String, String> parameters) {
		return "true".equalsIgnoreCase(value(parameters, "extensions"));
	}

	private static Set<Status> statuses(String status) {
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		if (status == null) {
			return statuses;
		}
		for (String name : status.split(",")) {
			switch (name.strip().toLowerCase()) {
				case "open" -> statuses.addAll(EnumSet.complementOf(EnumSet.of(Status.CLOSED, Status.TRANSFERRED)));
				case "closed" -> statuses.addAll(EnumSet.of(Status.CLOSED, Status.TRANSFERRED));
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

	/** A short digest of the text: the first 20 bytes of its SHA-256, in hex. */
	private static String digest(String text) {
		return Secrets.sha256(text).substring(0, 40);
	}

}
