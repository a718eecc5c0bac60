package io.hotline.intake;

import io.hotline.address.AddressResolver;
import io.hotline.address.ResolvedAddress;
import io.hotline.catalog.Catalog;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;
import io.hotline.workorder.Caller;
import io.hotline.workorder.Location;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Urgency;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * 受理: checks a request, places its address in the jurisdiction and registers it. A
 * request id makes the registration idempotent: a retry after a lost answer gets the
 * order of the first attempt. A request with a call id is linked to that call of the
 * phone system as it is registered. What the platform checks of a new order (duplicates,
 * repeat complaints, collective cases, linkage, automatic dispatch) runs once it is
 * committed, on the workers, and never fails or delays its registration.
 */
@Service
public class Intake {

	private final WorkOrders orders;

	private final Catalog catalog;

	private final AddressResolver addresses;

	private final ObjectProvider<CallLinks> calls;

	private final ConfirmedPlaces places;

	Intake(WorkOrders orders, Catalog catalog, AddressResolver addresses, ObjectProvider<CallLinks> calls,
			ConfirmedPlaces places) {
		this.places = places;
		this.orders = orders;
		this.catalog = catalog;
		this.addresses = addresses;
		this.calls = calls;
	}

	public WorkOrder register(IntakeRequest request, Actor actor) {
		actor.requireAny(Role.AGENT, Role.DISPATCHER);
		if (request == null) {
			throw Problem.invalid("request.body-required");
		}
		required(request.channel() != null, "channel");
		required(request.type() != null, "type");
		required(request.content() != null && !request.content().isBlank(), "content");
		String content = InputText.limited(request.content(), "content", InputText.LONG);
		IntakeRequest.CallerInput caller = request.caller() == null ? new IntakeRequest.CallerInput(null, null)
				: request.caller();
		String phone = blankToNull(caller.phone());
		if (phone != null && !IntakeRequest.CallerInput.isPhone(phone)) {
			throw Problem.invalid("intake.bad-phone", phone);
		}
		String category = blankToNull(request.categoryCode());
		if (category != null && this.catalog.category(category).isEmpty()) {
			throw Problem.invalid("intake.unknown-category", category);
		}
		String address = InputText.limited(blankToNull(request.address()), "address", 500);
		String callId = InputText.limited(blankToNull(request.callId()), "callId", 128);
		Location location = this.places.location(request.location()).orElseGet(() -> {
			ResolvedAddress place = this.addresses.resolve(address != null ? address : content);
			return new Location(place.districtCode(), place.streetCode(), place.communityCode());
		});
		Registration registration = new Registration(
				InputText.limited(blankToNull(request.requestId()), "requestId", 128), request.channel(),
				request.type(), request.urgency() == null ? Urgency.NORMAL : request.urgency(),
				InputText.limited(blankToNull(request.title()), "title", 200), content, address, location, category,
				new Caller(InputText.limited(blankToNull(caller.name()), "caller.name",
						IntakeRequest.CallerInput.MAX_NAME), phone),
				actor.username(), this.orders.now(), request.point());
		WorkOrder order = save(registration, callId, actor);
		boolean firstTime = order.registration().createdAt().equals(registration.createdAt());
		if (request.location() != null && address != null && firstTime) {
			this.places.learn(address, location);
		}
		return order;
	}

	private WorkOrder save(Registration registration, String callId, Actor actor) {
		if (callId == null) {
			return this.orders.register(registration);
		}
		CallLinks links = this.calls.getIfAvailable();
		if (links == null) {
			throw Problem.invalid("cti.unknown-call", callId);
		}
		return links.register(callId, () -> this.orders.register(registration), actor);
	}

	/** 直接办结: the agent answered the caller at once. */
	public WorkOrder finish(WorkOrderId id, String answer, Integer version, Actor actor) {
		actor.requireAny(Role.AGENT);
		return this.orders.change(id, version, actor,
				(order) -> order.finish(actor.username(), answer, this.orders.now()));
	}

	private static void required(boolean present, String field) {
		if (!present) {
			throw Problem.invalid("request.required", field);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
