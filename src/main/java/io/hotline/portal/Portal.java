package io.hotline.portal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.hotline.catalog.Catalog;
import io.hotline.catalog.Category;
import io.hotline.dispatch.DispatchSuggestions;
import io.hotline.intake.Intake;
import io.hotline.intake.IntakeRequest;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import io.hotline.workorder.Channel;
import io.hotline.workorder.EventType;
import io.hotline.workorder.OrderType;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市民门户: a citizen submits a request (registered through {@link Intake} on the {@code WEB}
 * channel), follows it by a private token of which only the hash is kept, and rates the
 * answer once. What the citizen sees of the timeline leaves out who handled it and every
 * unit-internal note.
 */
@Service
public class Portal {

	/** The longest text a citizen may send. */
	public static final int MAX_TEXT = 2_000;

	/** The largest photo, in bytes. */
	public static final int MAX_PHOTO = 5 * 1024 * 1024;

	/** The categories suggested for a citizen's text. */
	static final int SUGGESTIONS = 5;

	static final Actor PORTAL = new Actor("portal", Set.of(Role.AGENT), null);

	/**
	 * The timeline entries a citizen sees; the notes only of the answers and of the
	 * citizen's own rating.
	 */
	private static final Set<EventType> PUBLIC_EVENTS = EnumSet.of(EventType.REGISTERED, EventType.DISPATCHED,
			EventType.REDISPATCHED, EventType.SIGNED, EventType.EXTENSION_APPROVED, EventType.REPLIED,
			EventType.FINISHED, EventType.CALLED_BACK, EventType.REOPENED, EventType.CITIZEN_RATED);

	private static final Set<EventType> PUBLIC_NOTES = EnumSet.of(EventType.REPLIED, EventType.FINISHED,
			EventType.CITIZEN_RATED);

	private final Intake intake;

	private final WorkOrders orders;

	private final Catalog catalog;

	private final PrivateLinks links;

	private final JdbcClient jdbc;

	private final DispatchSuggestions dispatch;

	Portal(Intake intake, WorkOrders orders, Catalog catalog, PrivateLinks links, JdbcClient jdbc,
			DispatchSuggestions dispatch) {
		this.dispatch = dispatch;
		this.intake = intake;
		this.orders = orders;
		this.catalog = catalog;
		this.links = links;
		this.jdbc = jdbc;
	}

	/** Categories a citizen may pick, by keyword. */
	public List<CategoryChoice> categories(String keyword) {
		return this.catalog.search(keyword, 20).stream().map(Portal::choice).toList();
	}

	private static CategoryChoice choice(Category category) {
		return new CategoryChoice(category.code(), category.name(), category.pathName());
	}

	/**
	 * Categories for a citizen's own text, when they are not sure which (不确定): those the
	 * dispatch model (the classifier) finds most probable for the text, then those its
	 * everyday words and the words of past orders point to; the classifier is left out
	 * while no model is trained yet.
	 */
	public List<CategoryChoice> suggest(String text) {
		String content = text == null ? "" : text.strip();
		if (content.isEmpty()) {
			throw Problem.invalid("portal.text-required");
		}
		if (content.length() > MAX_TEXT) {
			throw Problem.invalid("portal.content-too-long", MAX_TEXT, content.length());
		}
		java.util.Map<String, Category> found = new java.util.LinkedHashMap<>();
		try {
			this.dispatch.suggest(content, null, null, PORTAL)
				.suggestions()
				.forEach((s) -> this.catalog.category(s.categoryCode())
					.ifPresent((category) -> found.putIfAbsent(category.code(), category)));
		}
		catch (Problem noModelYet) {
			// no model yet, or one in training: the catalog's words alone
		}
		this.catalog.guess(content, SUGGESTIONS).forEach((category) -> found.putIfAbsent(category.code(), category));
		return found.values().stream().limit(SUGGESTIONS).map(Portal::choice).toList();
	}

	/**
	 * The order of a tracking number whose caller gave this phone, with a new private
	 * link to it; a wrong number and a wrong phone are answered alike (404).
	 */
	@Transactional
	public Tracked trackByNumber(String number, String phone) {
		if (number == null || number.isBlank() || phone == null || phone.isBlank()) {
			throw Problem.invalid("portal.track-required");
		}
		long id = this.links.orderOf(number, phone).orElseThrow(() -> Problem.notFound("portal.track-not-found"));
		String token = this.links.issue(id, this.orders.now());
		return new Tracked(tracking(id), token, "/portal/track/" + token);
	}

	/**
	 * A private link to the order's rating page for its callback (智能回访 by SMS or WeChat):
	 * the order becomes rateable on the portal whatever its channel.
	 */
	@Transactional
	public String ratingLink(WorkOrderId id) {
		String token = this.links.issue(id.value(), this.orders.now());
		this.jdbc.sql("update portal_link set purpose = 'RATING' where token_hash = ?")
			.param(PrivateLinks.hash(token))
			.update();
		return "/portal/track/" + token;
	}

	/** The citizen's rating of the order on the portal, if any. */
	public java.util.Optional<Rating> rating(WorkOrderId id) {
		return this.jdbc.sql("select satisfaction, comment, rated_at from portal_rating where order_id = ?")
			.param(id.value())
			.query((rs, row) -> new Rating(Satisfaction.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/**
	 * Checks everything first, so that a refused submission stores nothing, then
	 * registers the order and keeps the token's hash and the photo with it.
	 */
	@Transactional
	public Receipt submit(Submission submission, String client) {
		String content = submission.content() == null ? "" : submission.content().strip();
		if (content.isEmpty()) {
			throw Problem.invalid("portal.content-required");
		}
		if (content.length() > MAX_TEXT) {
			throw Problem.invalid("portal.content-too-long", MAX_TEXT, content.length());
		}
		String address = blankToNull(submission.address());
		if (address == null) {
			throw Problem.invalid("portal.address-required");
		}
		if (address.length() > 500) {
			throw Problem.invalid("request.too-long", "address", 500);
		}
		// no category (其他 / 不确定): registered without one, dispatch classifies it as
		// any order without one
		String code = blankToNull(submission.categoryCode());
		Category category = (code == null) ? null
				: this.catalog.category(code).orElseThrow(() -> Problem.invalid("intake.unknown-category", code));
		String photoType = (submission.photo() == null) ? null
				: Photos.check(submission.photo(), submission.photoType());
		WorkOrder order = this.intake
			.register(new IntakeRequest(Channel.WEB, OrderType.HELP, content, title(category, content), address,
					new IntakeRequest.CallerInput(null, submission.phone()), code, null, null), PORTAL);
		String token = PrivateLinks.newToken();
		this.jdbc
			.sql("insert into portal_submission (order_id, token_hash, client, photo_type, photo, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(order.id().value(), PrivateLinks.hash(token),
					client == null ? null : client.substring(0, Math.min(64, client.length())), photoType,
					submission.photo(), java.sql.Timestamp.from(this.orders.now()))
			.update();
		return new Receipt(order.number(), token, "/portal/track/" + token);
	}

	/** The order behind a private token as its citizen sees it. */
	@Transactional(readOnly = true)
	public Tracking track(String token) {
		return tracking(this.links.orderOf(token));
	}

	private Tracking tracking(long id) {
		WorkOrder order = this.orders.find(new WorkOrderId(id), Actor.system());
		String categoryCode = order.registration().categoryCode();
		String categoryName = categoryCode == null ? null
				: this.catalog.category(categoryCode).map(Category::pathName).orElse(categoryCode);
		List<Tracking.Step> steps = order.timeline()
			.stream()
			.filter((event) -> PUBLIC_EVENTS.contains(event.type()))
			.map(Portal::step)
			.toList();
		Rating rating = this.jdbc.sql("select satisfaction, comment, rated_at from portal_rating where order_id = ?")
			.param(id)
			.query((rs, row) -> new Rating(Satisfaction.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.optional()
			.orElse(null);
		java.util.Optional<Boolean> photo = this.jdbc
			.sql("select photo is not null from portal_submission where order_id = ?")
			.param(id)
			.query(Boolean.class)
			.optional();
		// an order of another channel, tracked by number and phone, is rated at the
		// callback
		return new Tracking(order.number(), order.status(), categoryCode, categoryName, order.registration().content(),
				order.registration().address(), order.registration().createdAt(), order.deadline(), photo.orElse(false),
				(photo.isPresent() || ratingLinked(id)) && Status.ANSWERED.contains(order.status()) && rating == null,
				rating, steps);
	}

	/**
	 * Records the citizen's rating once the order is answered, and appends it to the
	 * order's timeline in the same transaction; a second one is refused. A concurrent
	 * second rating waits on the first one's row and is refused too.
	 */
	@Transactional
	public Rating rate(String token, Satisfaction satisfaction, String comment) {
		long id = this.links.orderOf(token);
		if (satisfaction == null) {
			throw Problem.invalid("portal.satisfaction-required");
		}
		String text = blankToNull(comment);
		if (text != null && text.length() > 500) {
			throw Problem.invalid("request.too-long", "comment", 500);
		}
		Instant now = this.orders.now();
		int inserted = this.jdbc
			.sql("insert into portal_rating (order_id, satisfaction, comment, rated_at) values (?, ?, ?, ?) "
					+ "on conflict (order_id) do nothing")
			.params(id, satisfaction.name(), text, java.sql.Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw Problem.conflict("portal.already-rated");
		}
		this.orders.change(new WorkOrderId(id), null, Actor.system(), (order) -> {
			if (!Status.ANSWERED.contains(order.status())) {
				throw Problem.conflict("portal.not-rateable", order.status());
			}
			order.rateByCitizen(PORTAL.username(), satisfaction, text, now);
		});
		return new Rating(satisfaction, text, now);
	}

	private boolean ratingLinked(long id) {
		return this.jdbc.sql("select exists (select 1 from portal_link where order_id = ? and purpose = 'RATING')")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private static Tracking.Step step(TimelineEvent event) {
		return new Tracking.Step(event.type(), event.at(), event.status(),
				PUBLIC_NOTES.contains(event.type()) ? event.note() : null);
	}

	private static String title(Category category, String content) {
		String line = content.lines().findFirst().orElse(content);
		String head = line.length() > 40 ? line.substring(0, 40) + "…" : line;
		return (category == null) ? head : category.name() + "：" + head;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What a citizen sends; the photo's bytes and declared type are optional. */
	public record Submission(String categoryCode, String content, String address, String phone, byte[] photo,
			String photoType) {

	}

	/** The tracking number and the private link, shown once. */
	public record Receipt(String number, String token, String link) {

	}

	/** A category to pick. */
	public record CategoryChoice(String code, String name, String pathName) {

	}

	/** An order found by its number and phone, with a private link of its own. */
	public record Tracked(Tracking order, String token, String link) {

	}

	/** The citizen's verdict. */
	public record Rating(Satisfaction satisfaction, String comment, Instant ratedAt) {

	}

	/** An order as its citizen sees it. */
	public record Tracking(String number, Status status, String categoryCode, String categoryName, String content,
			String address, Instant submittedAt, Instant deadline, boolean hasPhoto, boolean canRate, Rating rating,
			List<Step> timeline) {

		/** One public step: what happened and when, with the answer's text. */
		public record Step(EventType type, Instant at, Status status, String note) {

		}

	}

}
