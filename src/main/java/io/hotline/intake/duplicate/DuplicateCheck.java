package io.hotline.intake.duplicate;

import java.time.Duration;
import java.util.List;

import io.hotline.address.AddressResolver;
import io.hotline.address.ResolvedAddress;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.stereotype.Service;

/**
 * 智能查重 while an order is being registered: the recent orders (of the last
 * {@code recentDays}) like the message — similar in its words, or of the same caller or
 * place and somewhat similar — for the agent to open, link or leave.
 */
@Service
class DuplicateCheck {

	/** Of the same caller or place, orders this much alike are shown too. */
	static final double NEAR_SHARE = 0.5;

	private final RecentOrders recent;

	private final DuplicateSettings settings;

	private final AddressResolver addresses;

	DuplicateCheck(RecentOrders recent, DuplicateSettings settings, AddressResolver addresses) {
		this.recent = recent;
		this.settings = settings;
		this.addresses = addresses;
	}

	List<Candidate> check(CheckRequest request, Actor actor) {
		actor.requireAny(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR);
		if (request == null) {
			throw Problem.invalid("request.body-required");
		}
		String content = InputText.limited(request.content(), "content", InputText.LONG);
		String title = InputText.limited(request.title(), "title", 200);
		if (blank(content) && blank(title)) {
			throw Problem.invalid("request.required", "content");
		}
		String address = InputText.limited(request.address(), "address", 500);
		String phone = (request.caller() == null) ? null
				: InputText.limited(request.caller().phone(), "caller.phone", 32);
		String community = null;
		String street = null;
		if (request.location() != null) {
			community = blankToNull(request.location().communityCode());
			street = blankToNull(request.location().streetCode());
		}
		else if (!blank(address)) {
			ResolvedAddress place = this.addresses.resolve(address);
			community = place.communityCode();
			street = place.streetCode();
		}
		Probe probe = new Probe(null, title, content, Indexed.callerKey(phone), community, street,
				Indexed.addressKey(address));
		return candidates(probe);
	}

	/** The candidates of a probe, best first. */
	List<Candidate> candidates(Probe probe) {
		double threshold = this.settings.threshold();
		return this.recent
			.search(probe, this.recent.since(Duration.ofDays(this.settings.recentDays())),
					(m) -> m.score() >= threshold
							|| ((m.sameCaller() || m.samePlace()) && m.score() >= threshold * NEAR_SHARE),
					this.settings.hints())
			.stream()
			.map((m) -> Candidate.of(m, threshold))
			.toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.strip();
	}

	/** What the agent has typed so far. */
	record CheckRequest(String content, String title, String address, IntakeRequest.CallerInput caller,
			IntakeRequest.LocationInput location) {

	}

}
