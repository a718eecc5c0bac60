package io.hotline.workorder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hotline.org.UnitId;
import io.hotline.platform.Fact;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

/**
 * A 工单. Each transition checks the order's state, changes it and appends an entry to its
 * timeline; a move the state does not allow is refused as a conflict, and nothing
 * changes. The texts that go into the append-only timeline are limited: notes, reasons
 * and comments to {@link InputText#NOTE} characters, replies and answers to
 * {@link InputText#LONG}.
 */
public class WorkOrder {

	private static final DateTimeFormatter CALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private WorkOrderId id;

	private String number;

	private final Registration registration;

	private Status status;

	private UnitId mainUnitId;

	private List<UnitId> coUnitIds;

	private Instant signDeadline;

	private Instant deadline;

	private Integer extensionDays;

	private String extensionReason;

	private boolean supervised;

	private Counts counts;

	private Satisfaction satisfaction;

	private Boolean resolved;

	private Instant updatedAt;

	private Instant closedAt;

	private int version;

	private boolean unitsChanged;

	private final List<TimelineEvent> timeline;

	private final List<TimelineEvent> pending = new ArrayList<>();

	/** The written entries not yet published, with their ids. */
	private final List<OrderEvent> written = new ArrayList<>();

	WorkOrder(WorkOrderId id, String number, Registration registration, State state, List<TimelineEvent> timeline) {
		this.id = id;
		this.number = number;
		this.registration = registration;
		this.status = state.status();
		this.mainUnitId = state.mainUnitId();
		this.coUnitIds = List.copyOf(state.coUnitIds());
		this.signDeadline = state.signDeadline();
		this.deadline = state.deadline();
		this.extensionDays = state.extensionDays();
		this.extensionReason = state.extensionReason();
		this.supervised = state.supervised();
		this.counts = state.counts();
		this.satisfaction = state.satisfaction();
		this.resolved = state.resolved();
		this.updatedAt = state.updatedAt();
		this.closedAt = state.closedAt();
		this.version = state.version();
		this.timeline = new ArrayList<>(timeline);
	}

	/** A new order, registered (受理) by an agent or a channel. */
	static WorkOrder register(Registration registration, String actor) {
		WorkOrder order = new WorkOrder(null, null, registration, State.registered(registration.createdAt()),
				List.of());
		order.record(EventType.REGISTERED, registration.createdAt(), actor, null, (String) null);
		return order;
	}

	/**
	 * An order of the past, registered at {@code registration.createdAt()}: the demo's
	 * history plays it through the real transitions at their historical times, so that
	 * its timeline is one the platform could have written, and stores it with
	 * {@link HistoryWriter}. It is never stored through {@link WorkOrders}.
	 */
	public static WorkOrder replay(Registration registration) {
		return register(registration, registration.createdBy());
	}

	/** 直接办结: the agent answered at once. */
	public void finish(String actor, String answer, Instant at) {
		require(Set.of(Status.REGISTERED), "order.action.finish");
		String text = required(answer, "answer", InputText.LONG);
		this.status = Status.CLOSED;
		this.closedAt = at;
		record(EventType.FINISHED, at, actor, null, text);
	}

	/** 派单, or 改派 when it was dispatched before; co-units (协办) get it too. */
	public void dispatch(String actor, UnitId main, List<UnitId> coUnits, Deadlines deadlines, String note,
			Instant at) {
		dispatch(actor, main, coUnits, deadlines, InputText.limited(note, "note", InputText.NOTE), null, at);
	}

	/**
	 * 派单 by the platform itself (the model, a check), its note a fact shown in each
	 * reader's language.
	 */
	public void dispatchNoting(String actor, UnitId main, List<UnitId> coUnits, Deadlines deadlines, Fact note,
			Instant at) {
		dispatch(actor, main, coUnits, deadlines, null, note, at);
	}

	private void dispatch(String actor, UnitId main, List<UnitId> coUnits, Deadlines deadlines, String text, Fact fact,
			Instant at) {
		require(Status.DISPATCHABLE, "order.action.dispatch");
		EventType type = this.counts.dispatches() == 0 ? EventType.DISPATCHED : EventType.REDISPATCHED;
		this.status = Status.DISPATCHED;
		this.mainUnitId = main;
		this.coUnitIds = List.copyOf(coUnits);
		this.unitsChanged = true;
		this.signDeadline = deadlines.signBy();
		this.deadline = deadlines.handleBy();
		this.extensionDays = null;
		this.extensionReason = null;
		this.counts = this.counts.dispatched();
		if (fact != null) {
			recordFact(type, at, actor, main, fact);
		}
		else {
			record(type, at, actor, main, text);
		}
	}

	/** 签收 by the main unit. */
	public void sign(String actor, Instant at) {
		require(Set.of(Status.DISPATCHED), "order.action.sign");
		this.status = Status.HANDLING;
		record(EventType.SIGNED, at, actor, this.mainUnitId, (String) null);
	}

	/** 退单: back to the dispatcher, with the reason. */
	public void returnToDispatch(String actor, String reason, Instant at) {
		require(Status.AT_UNIT, "order.action.return");
		String why = required(reason, "reason", InputText.NOTE);
		UnitId from = this.mainUnitId;
		this.status = Status.RETURNED;
		this.mainUnitId = null;
		this.coUnitIds = List.of();
		this.unitsChanged = true;
		this.signDeadline = null;
		this.deadline = null;
		this.extensionDays = null;
		this.extensionReason = null;
		this.counts = this.counts.returned();
		record(EventType.RETURNED, at, actor, from, why);
	}

	/** 延期申请: waits for a supervisor's decision; one request at a time. */
	public void requestExtension(String actor, int days, String reason, Instant at) {
		require(Set.of(Status.HANDLING), "order.action.extend");
		if (this.extensionDays != null) {
			throw Problem.conflict("order.extension-waiting", this.extensionDays);
		}
		if (days < 1 || days > 60) {
			throw Problem.invalid("order.extension-days");
		}
		String why = required(reason, "reason", InputText.NOTE);
		this.extensionDays = days;
		this.extensionReason = why;
		recordFact(EventType.EXTENSION_REQUESTED, at, actor, this.mainUnitId,
				Fact.of("note.extension-requested", days, why));
	}

	/**
	 * A supervisor's decision on the waiting extension; approved, the deadline moves to
	 * {@code newDeadline}.
	 */
	public void decideExtension(String actor, boolean approved, Instant newDeadline, String note, Instant at) {
		require(Set.of(Status.HANDLING), "order.action.decide-extension");
		if (this.extensionDays == null) {
			throw Problem.conflict("order.no-extension", this.number);
		}
		String text = InputText.limited(note, "note", InputText.NOTE);
		if (approved) {
			this.deadline = newDeadline;
		}
		this.extensionDays = null;
		this.extensionReason = null;
		record(approved ? EventType.EXTENSION_APPROVED : EventType.EXTENSION_REJECTED, at, actor, this.mainUnitId,
				text);
	}

	/** 协办意见: a co-handling unit's contribution; the state stays. */
	public void assist(String actor, UnitId coUnit, String content, Instant at) {
		require(Status.AT_UNIT, "order.action.assist");
		record(EventType.ASSISTED, at, actor, coUnit, required(content, "content", InputText.LONG));
	}

	/** 办理回复 by the main unit. */
	public void reply(String actor, String content, boolean resolved, Instant at) {
		require(Set.of(Status.HANDLING), "order.action.reply");
		String text = required(content, "content", InputText.LONG);
		this.status = Status.REPLIED;
		this.resolved = resolved;
		record(EventType.REPLIED, at, actor, this.mainUnitId, text);
	}

	/**
	 * 答复退回: a supervisor sends the reply back to the main unit, which answers again; the
	 * order is in handling again, its deadline unchanged.
	 */
	public void sendBackReply(String actor, String reason, Instant at) {
		require(Set.of(Status.REPLIED), "order.action.send-back-reply");
		String why = required(reason, "reason", InputText.NOTE);
		this.status = Status.HANDLING;
		this.resolved = null;
		record(EventType.REPLY_SENT_BACK, at, actor, this.mainUnitId, why);
	}

	/** 回访: closes a satisfied and resolved order, reopens (重办) any other. */
	public void callBack(String actor, Satisfaction satisfaction, boolean resolved, String comment, Instant at) {
		require(Set.of(Status.REPLIED), "order.action.call-back");
		if (satisfaction == null) {
			throw Problem.invalid("callback.satisfaction-required");
		}
		String text = InputText.limited(comment, "comment", InputText.NOTE);
		this.satisfaction = satisfaction;
		this.resolved = resolved;
		if (satisfaction == Satisfaction.DISSATISFIED || !resolved) {
			this.status = Status.REOPENED;
			this.counts = this.counts.reopened();
			recordFact(EventType.REOPENED, at, actor, this.mainUnitId, describe(satisfaction, resolved, text));
		}
		else {
			this.status = Status.CLOSED;
			this.closedAt = at;
			recordFact(EventType.CALLED_BACK, at, actor, this.mainUnitId, describe(satisfaction, resolved, text));
		}
	}

	/**
	 * A callback (回访) that got no verdict: the caller was not reached, refused to answer,
	 * or the number was wrong. The entry of {@code type} goes on the timeline;
	 * {@code close} closes the order without a verdict (its satisfaction stays unknown),
	 * otherwise it stays waiting for the callback.
	 */
	public void callBackWithoutVerdict(String actor, EventType type, boolean close, String note, Instant at) {
		require(Set.of(Status.REPLIED), "order.action.call-back");
		String text = InputText.limited(note, "comment", InputText.NOTE);
		if (close) {
			this.status = Status.CLOSED;
			this.closedAt = at;
		}
		record(type, at, actor, this.mainUnitId, text);
	}

	/**
	 * A callback without a verdict whose note the platform writes itself (未接通 with the
	 * try's number), kept as a fact shown in each reader's language.
	 */
	public void callBackWithoutVerdict(String actor, EventType type, boolean close, Fact note, Instant at) {
		require(Set.of(Status.REPLIED), "order.action.call-back");
		InputText.limited(note.written(), "comment", InputText.NOTE);
		if (close) {
			this.status = Status.CLOSED;
			this.closedAt = at;
		}
		recordFact(type, at, actor, this.mainUnitId, note);
	}

	/**
	 * The tries of the callback that did not reach the caller since the order was last
	 * replied, the latest last.
	 */
	public List<Instant> callbackTries() {
		List<Instant> tries = new ArrayList<>();
		for (TimelineEvent event : this.timeline) {
			if (event.type() == EventType.REPLIED || event.type() == EventType.MERGED_REPLIED) {
				tries.clear();
			}
			else if (event.type() == EventType.CALLBACK_NOT_REACHED) {
				tries.add(event.at());
			}
		}
		return tries;
	}

	/**
	 * 市民评价: the citizen's own rating of the answer, once it is given; the state stays,
	 * and the callback (回访) remains the staff's step.
	 */
	public void rateByCitizen(String actor, Satisfaction satisfaction, String comment, Instant at) {
		require(Status.ANSWERED, "order.action.citizen-rate");
		if (satisfaction == null) {
			throw Problem.invalid("request.required", "satisfaction");
		}
		String text = InputText.limited(comment, "comment", InputText.NOTE);
		recordFact(EventType.CITIZEN_RATED, at, actor, this.mainUnitId, verdict(satisfaction, null, text));
	}

	/** 督办: flags an open order; the state stays. */
	public void supervise(String actor, String note, Instant at) {
		requireOpen();
		String text = required(note, "note", InputText.NOTE);
		this.supervised = true;
		record(EventType.SUPERVISED, at, actor, this.mainUnitId, text);
	}

	/** 督办 by one of the platform's checks, its note a fact. */
	public void supervise(String actor, String written, Fact note, Instant at) {
		requireOpen();
		this.supervised = true;
		add(new TimelineEvent(EventType.SUPERVISED, at, actor, this.status, this.mainUnitId,
				InputText.limited(written, "note", InputText.NOTE), note));
	}

	/**
	 * 合并: the order follows another about the same matter (its main order), whose answer
	 * it will get; any open state, and the state stays.
	 */
	public void mergeInto(String actor, String mainNumber, Instant at) {
		requireOpen();
		recordFact(EventType.MERGED, at, actor, null,
				Fact.of("note.merged", required(mainNumber, "mainNumber", InputText.NOTE)));
	}

	/**
	 * The main order of a merged one was replied: the merged order gets the same answer,
	 * so that its own caller hears it at the callback; from any open state.
	 */
	public void replyAsMerged(String actor, String mainNumber, String answer, Boolean resolved, Instant at) {
		requireOpen();
		this.status = Status.REPLIED;
		this.resolved = resolved;
		recordFact(EventType.MERGED_REPLIED, at, actor, this.mainUnitId,
				Fact.of("note.merged-replied", mainNumber, required(answer, "answer", InputText.LONG)));
	}

	/**
	 * The main order of a merged one was closed: the merged order closes with it, its
	 * answer in the note; from any open state.
	 */
	public void closeAsMerged(String actor, String mainNumber, String answer, Instant at) {
		requireOpen();
		this.status = Status.CLOSED;
		this.closedAt = at;
		recordFact(EventType.MERGED_CLOSED, at, actor, this.mainUnitId,
				(answer == null || answer.isBlank()) ? Fact.of("note.merged-closed", mainNumber)
						: Fact.of("note.merged-closed-answer", mainNumber, answer.strip()));
	}

	/**
	 * 跨市转办 or 上交省级: the matter belongs to another city's hotline or to the province's
	 * ({@code toName}); from a state a dispatcher dispatches from. The order ends here
	 * (已转出): the receiving hotline registers it under its own rules and counts it.
	 */
	public void transferOut(String actor, String toName, String reason, Instant at) {
		require(Status.DISPATCHABLE, "order.action.transfer");
		String why = required(reason, "reason", InputText.NOTE);
		this.status = Status.TRANSFERRED;
		this.closedAt = at;
		recordFact(EventType.TRANSFERRED_OUT, at, actor, null, Fact.of("note.transferred-out", toName, why));
	}

	/**
	 * 转入: the order came from another hotline ({@code fromName}, its number there, why);
	 * the state stays.
	 */
	public void transferredIn(String actor, String fromName, String fromNumber, String reason, Instant at) {
		recordFact(EventType.TRANSFERRED_IN, at, actor, null,
				Fact.of("note.transferred-in", fromName, fromNumber, (reason == null) ? "" : reason));
	}

	/**
	 * 退回: the order came back from the hotline this one had transferred its order
	 * {@code ownNumber} to ({@code fromName}, its number there, why); a new order here,
	 * the state stays.
	 */
	public void transferredBack(String actor, String fromName, String fromNumber, String ownNumber, String reason,
			Instant at) {
		recordFact(EventType.TRANSFERRED_IN, at, actor, null,
				Fact.of("note.transferred-back", fromName, fromNumber, ownNumber, (reason == null) ? "" : reason));
	}

	/**
	 * A call of the phone system was linked to the order (来电关联): the note names the call
	 * and when it came in, Beijing time, never the caller; any state, and the state
	 * stays.
	 */
	public void linkCall(String actor, String callId, Instant callAt, Instant at) {
		String call = required(callId, "callId", InputText.NOTE);
		recordFact(EventType.CALL_LINKED, at, actor, null, (callAt == null) ? Fact.of("note.call-linked", call)
				: Fact.of("note.call-linked-at", call, CALL_TIME.format(callAt)));
	}

	/** The callback's verdict as the timeline shows it, in the hotline's words. */
	private static Fact describe(Satisfaction satisfaction, boolean resolved, String comment) {
		return verdict(satisfaction, resolved, comment);
	}

	/**
	 * 满意，已解决：comment — the verdict, whether it was resolved (where the callback says) and
	 * the comment (where there is one).
	 */
	private static Fact verdict(Satisfaction satisfaction, Boolean resolved, String comment) {
		String verdict = Fact.phrase("note.satisfaction." + satisfaction.name());
		boolean commented = comment != null && !comment.isBlank();
		if (resolved == null) {
			return commented ? Fact.of("note.verdict-comment", verdict, comment.strip())
					: Fact.of("note.verdict", verdict);
		}
		String solved = Fact.phrase(resolved ? "note.resolved" : "note.unresolved");
		return commented ? Fact.of("note.callback-comment", verdict, solved, comment.strip())
				: Fact.of("note.callback", verdict, solved);
	}

	/**
	 * Refuses unless the order is in one of the states; the action is named by its
	 * message key.
	 */
	private void requireOpen() {
		if (!this.status.open()) {
			throw Problem.conflict("order.closed", this.number);
		}
	}

	private void require(Set<Status> allowed, String actionKey) {
		if (!allowed.contains(this.status)) {
			throw Problem.conflict("order.not-now", this.number, this.status, Problem.phrase(actionKey), allowed);
		}
	}

	/** The text stripped, refused when blank or longer than {@code max} characters. */
	private static String required(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("request.required", field);
		}
		return InputText.limited(text, field, max);
	}

	private void recordFact(EventType type, Instant at, String actor, UnitId unit, Fact note) {
		add(new TimelineEvent(type, at, actor, this.status, unit, note.written(), note));
	}

	private void record(EventType type, Instant at, String actor, UnitId unit, String note) {
		add(new TimelineEvent(type, at, actor, this.status, unit, note));
	}

	private void add(TimelineEvent event) {
		this.timeline.add(event);
		this.pending.add(event);
		this.updatedAt = event.at();
	}

	// --- what the repository and the views read

	void assigned(WorkOrderId id, String number) {
		this.id = id;
		this.number = number;
	}

	/**
	 * The order was written: its stored version is one higher than the one it was read
	 * with.
	 */
	void stored() {
		this.version++;
	}

	List<TimelineEvent> pendingEvents() {
		return List.copyOf(this.pending);
	}

	void flushed() {
		this.pending.clear();
		this.unitsChanged = false;
	}

	/**
	 * The pending entries were written with these ids (in their order): they become the
	 * events to publish.
	 */
	void written(List<Long> ids) {
		if (ids.size() != this.pending.size()) {
			throw new IllegalStateException(
					"order " + this.number + ": " + ids.size() + " entries written of " + this.pending.size());
		}
		for (int i = 0; i < ids.size(); i++) {
			this.written.add(OrderEvent.of(ids.get(i), this, this.pending.get(i)));
		}
		flushed();
	}

	/** The events of the entries written since the last call, once. */
	List<OrderEvent> takeEvents() {
		List<OrderEvent> events = List.copyOf(this.written);
		this.written.clear();
		return events;
	}

	boolean unitsChanged() {
		return this.unitsChanged;
	}

	public State snapshot() {
		return new State(this.status, this.mainUnitId, this.coUnitIds, this.signDeadline, this.deadline,
				this.extensionDays, this.extensionReason, this.supervised, this.counts, this.satisfaction,
				this.resolved, this.updatedAt, this.closedAt, this.version);
	}

	public WorkOrderId id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public Registration registration() {
		return this.registration;
	}

	public Status status() {
		return this.status;
	}

	public UnitId mainUnitId() {
		return this.mainUnitId;
	}

	public List<UnitId> coUnitIds() {
		return this.coUnitIds;
	}

	public Instant signDeadline() {
		return this.signDeadline;
	}

	public Instant deadline() {
		return this.deadline;
	}

	public Integer pendingExtensionDays() {
		return this.extensionDays;
	}

	public boolean supervised() {
		return this.supervised;
	}

	public int version() {
		return this.version;
	}

	public List<TimelineEvent> timeline() {
		return List.copyOf(this.timeline);
	}

}
