package io.hotline.province;

import java.time.Instant;
import java.util.List;

/**
 * What a city node and its province say to each other (decision 0015), as JSON: the
 * records are the wire format, version 1; a field is added, never renamed.
 */
public final class NodeMessages {

	private NodeMessages() {
	}

	/**
	 * What changed on a city: orders with their whole timelines; {@code backlog} the
	 * orders still waiting to be sent after these; {@code orderCount} the city's orders
	 * in all, when it asks the province to compare.
	 */
	public record Batch(int backlog, Long orderCount, List<Order> orders, List<Event> events) {

		public Batch {
			orders = (orders == null) ? List.of() : orders;
			events = (events == null) ? List.of() : events;
		}

	}

	/**
	 * An order as a city shows it to its province: the caller masked and the texts
	 * scrubbed unless {@code personal} (the province must act on the order); the fact
	 * columns as the city's analytics counts them; unit ids are the city's.
	 */
	public record Order(long orderId, String number, int version, String status, String type, String channel,
			String urgency, String title, String content, String address, String districtCode, String streetCode,
			String categoryCode, String categoryName, String callerName, String callerPhone, boolean personal,
			Long unitId, String unitCode, String unitName, Long firstUnitId, boolean supervised, Instant signDeadline,
			Instant deadline, Instant dispatchedAt, Instant signedAt, Instant repliedAt, Instant finishedAt,
			Instant closedAt, String satisfaction, Boolean resolved, int dispatchCount, int returnCount,
			int reopenCount, Float handlingDays, Instant createdAt, Instant updatedAt, Transfer transfer) {

		/** An order not transferred out. */
		public Order(long orderId, String number, int version, String status, String type, String channel,
				String urgency, String title, String content, String address, String districtCode, String streetCode,
				String categoryCode, String categoryName, String callerName, String callerPhone, boolean personal,
				Long unitId, String unitCode, String unitName, Long firstUnitId, boolean supervised,
				Instant signDeadline, Instant deadline, Instant dispatchedAt, Instant signedAt, Instant repliedAt,
				Instant finishedAt, Instant closedAt, String satisfaction, Boolean resolved, int dispatchCount,
				int returnCount, int reopenCount, Float handlingDays, Instant createdAt, Instant updatedAt) {
			this(orderId, number, version, status, type, channel, urgency, title, content, address, districtCode,
					streetCode, categoryCode, categoryName, callerName, callerPhone, personal, unitId, unitCode,
					unitName, firstUnitId, supervised, signDeadline, deadline, dispatchedAt, signedAt, repliedAt,
					finishedAt, closedAt, satisfaction, resolved, dispatchCount, returnCount, reopenCount, handlingDays,
					createdAt, updatedAt, null);
		}

	}

	/**
	 * 跨市转办 or 上交省级 of an order (status {@code TRANSFERRED}): where to ({@code to}, a city
	 * of the province or the province itself), why, by whom and when, with what the
	 * receiver must act on in full: the caller and the texts, unscrubbed.
	 */
	public record Transfer(String to, String toName, String reason, String actor, Instant at, String title,
			String content, String address, String callerName, String callerPhone) {

	}

	/**
	 * An order transferred to this node ({@code id}: the province's transfer), to
	 * register under its own rules: where from, the order as the sender registered it
	 * (the caller in full), the category the province maps it to here, the sender's
	 * timeline, and {@code returnOf}: this node's own order that the sender got from here
	 * and now sends back (退回), null for a first transfer.
	 */
	public record TransferIn(long id, String fromCity, String fromName, long fromOrderId, String fromNumber,
			String reason, String actor, Instant at, String channel, String type, String urgency, String title,
			String content, String address, String categoryCode, String callerName, String callerPhone,
			List<Event> timeline, String returnOf) {

	}

	/** A transfer registered here: the province's id, the order it became. */
	public record Registered(long id, long orderId, String number) {

	}

	/** The sender's question: how far is the order it transferred out. */
	public record ProgressAsked(long orderId) {

	}

	/**
	 * How far a transferred order is: {@code QUEUED} at the province, {@code DELIVERED}
	 * to the receiver, {@code REGISTERED} there as {@code number}, in {@code status},
	 * with the receiver's timeline (scrubbed); {@code UNKNOWN} while the province has not
	 * its replica yet.
	 */
	public record Progress(String to, String toName, String state, Instant createdAt, Instant deliveredAt,
			Instant registeredAt, String number, String status, List<Event> timeline) {

	}

	/** One entry of an order's timeline; the note scrubbed like the order's texts. */
	public record Event(long eventId, long orderId, String type, Instant at, String status, String unitName,
			String note) {

	}

	/**
	 * The province's answer: what it stored of the batch, the hash of the city's catalog
	 * it holds (the city sends its catalog when its own differs), and its count of the
	 * city's orders when the batch asked.
	 */
	public record Answer(int orders, int events, String catalogHash, Long orderCount) {

	}

	/** A city's 事项分类, whole. */
	public record Catalog(String hash, List<Category> categories) {

		public Catalog {
			categories = (categories == null) ? List.of() : categories;
		}

	}

	/** One category of a city's catalog. */
	public record Category(String code, String name, int level, String parentCode, String pathName, boolean active) {

	}

	/**
	 * A city's pull of what the province asks of it: the commands it applied since its
	 * last pull, with their outcomes, and the transfers it registered.
	 */
	public record Pull(List<Done> done, List<Registered> registered, List<CaseState> cases,
			List<GrantAccounts> accounts, List<Long> helpReceived) {

		public Pull {
			done = (done == null) ? List.of() : done;
			registered = (registered == null) ? List.of() : registered;
			cases = (cases == null) ? List.of() : cases;
			accounts = (accounts == null) ? List.of() : accounts;
			helpReceived = (helpReceived == null) ? List.of() : helpReceived;
		}

		/** A pull that registered no transfer. */
		public Pull(List<Done> done) {
			this(done, List.of(), List.of(), List.of(), List.of());
		}

		/** A pull that reports no case. */
		public Pull(List<Done> done, List<Registered> registered) {
			this(done, registered, List.of(), List.of(), List.of());
		}

		/** A pull without help. */
		public Pull(List<Done> done, List<Registered> registered, List<CaseState> cases) {
			this(done, registered, cases, List.of(), List.of());
		}

	}

	/**
	 * How far the supervision case that the province's {@code SUPERVISE} command
	 * {@code id} opened on the city is, sent when it changed: {@code OPEN},
	 * {@code REMINDED}, {@code ESCALATED} (to the city's supervisors) or {@code CLOSED}
	 * with the note.
	 */
	public record CaseState(long id, String status, Instant deadline, int reminders, Instant escalatedAt,
			Instant closedAt, String closeNote) {

	}

	/**
	 * A command the city applied: {@code APPLIED}, or {@code NOT_OPEN} for an order
	 * closed meanwhile.
	 */
	public record Done(long id, String outcome) {

	}

	/**
	 * What the province asks of the city now, the orders transferred to it, the help
	 * granted to it (accounts to make for the helpers) and the help it gives (the
	 * accounts its agents sign in with on the city they help).
	 */
	public record Commands(List<Command> commands, List<TransferIn> transfers, List<Grant> grants,
			List<HelpGiven> helping) {

		public Commands {
			commands = (commands == null) ? List.of() : commands;
			transfers = (transfers == null) ? List.of() : transfers;
			grants = (grants == null) ? List.of() : grants;
			helping = (helping == null) ? List.of() : helping;
		}

		/** Commands without transfers. */
		public Commands(List<Command> commands) {
			this(commands, List.of(), List.of(), List.of());
		}

		/** Commands and transfers without help. */
		public Commands(List<Command> commands, List<TransferIn> transfers) {
			this(commands, transfers, List.of(), List.of());
		}

	}

	/**
	 * 多援一: the province grants a city in surge {@code agents} of the {@code helper} city
	 * until {@code until}; the helped city makes an account for each (role AGENT) and
	 * answers with their one-time codes.
	 */
	public record Grant(long id, String helper, String helperName, int agents, Instant until, String note,
			String grantedBy) {

	}

	/**
	 * The accounts a helped city made for a grant, each with its one-time code (the
	 * helper sets the account's password with it), and where the helped city's
	 * workstation is ({@code url}, null when not configured).
	 */
	public record GrantAccounts(long grantId, String url, List<HelpAccount> accounts) {

	}

	/** One helper's account on the helped city: its user name and one-time code. */
	public record HelpAccount(String username, String code) {

	}

	/**
	 * The help a city gives: to whom, until when, and the accounts its agents sign in
	 * with there; said received at the next pull.
	 */
	public record HelpGiven(long grantId, String city, String cityName, String url, int agents, Instant until,
			String note, List<HelpAccount> accounts) {

	}

	/**
	 * One thing the province asks of one of the city's orders: {@code SUPERVISE} (督办)
	 * with its note, due in {@code days} working days (3 when absent), or {@code REMIND}
	 * (催办) of the case that the supervision {@code supervisionId} opened.
	 */
	public record Command(long id, long orderId, String kind, String note, String actor, Instant createdAt,
			Integer days, Long supervisionId) {

		/** A supervision with the default term. */
		public Command(long id, long orderId, String kind, String note, String actor, Instant createdAt) {
			this(id, orderId, kind, note, actor, createdAt, null, null);
		}

	}

}
