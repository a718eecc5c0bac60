package io.hotline.assist;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.conversation.Conversation;
import io.hotline.conversation.Utterance;
import io.hotline.cti.Call;
import io.hotline.cti.Calls;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.workorder.Registration;
import io.hotline.workorder.WorkOrder;
import io.hotline.workorder.WorkOrders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms proposed to agents, kept with the agent's outcome field by field (accepted or
 * changed, and to what), and the accuracy of each field over a period.
 */
@Service
class FormProposals {

	/** A report covers at most a year. */
	static final int MOST_DAYS = 366;

	static final int VALUE_CHARS = 2_000;

	private final JdbcClient jdbc;

	private final FormFiller filler;

	private final Calls calls;

	private final AuditTrail audit;

	private final WorkOrders orders;

	private final JsonMapper json;

	private final Transcripts transcripts;

	FormProposals(JdbcClient jdbc, FormFiller filler, Calls calls, AuditTrail audit, WorkOrders orders, JsonMapper json,
			Transcripts transcripts) {
		this.transcripts = transcripts;
		this.jdbc = jdbc;
		this.filler = filler;
		this.calls = calls;
		this.audit = audit;
		this.orders = orders;
		this.json = json;
	}

	/** A form proposed and kept: its id and fields. */
	record Proposal(long id, String callId, ProposedForm form) {

	}

	/**
	 * The form the utterances propose, kept to be measured once the agent decides; with a
	 * call and no utterances, the call's transcript is read.
	 */
	@Transactional
	Proposal propose(String callId, List<UtteranceInput> utterances, Actor actor) {
		actor.requireAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
		Conversation conversation = conversation(callId, utterances, actor);
		ProposedForm form = this.filler.read(conversation);
		long id = this.jdbc.sql("""
				insert into assist_form (call_id, created_by, created_at, utterances, proposal)
				values (?, ?, ?, ?, cast(? as jsonb)) returning id""")
			.params(conversation.id(), actor.username(), Timestamp.from(this.orders.now()),
					conversation.utterances().size(), this.json.writeValueAsString(form))
			.query(Long.class)
			.single();
		return new Proposal(id, conversation.id(), form);
	}

	/**
	 * The conversation of the request: its utterances, or the call's transcript where
	 * only the call is given. An agent reads their own calls only.
	 */
	Conversation conversation(String callId, List<UtteranceInput> utterances, Actor actor) {
		String call = (callId == null || callId.isBlank()) ? null : callId.strip();
		List<Utterance> said = UtteranceInput.valid(utterances);
		if (call == null && said.isEmpty()) {
			throw Problem.invalid("request.required", "utterances");
		}
		if (call != null) {
			Call known = ownCall(call, actor);
			if (said.isEmpty()) {
				said = this.transcripts.of(known);
			}
		}
		return new Conversation(call, said);
	}

	/** The call, if the actor may read it: an agent their own line's only. */
	Call ownCall(String callId, Actor actor) {
		Actor reader = (actor.has(Role.AGENT) || actor.has(Role.SUPERVISOR)) ? actor
				: new Actor(actor.username(), java.util.Set.of(Role.SUPERVISOR), actor.unitId());
		Call call = this.calls.call(callId, reader);
		if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN) && !actor.username().equals(call.agent())) {
			throw Problem.forbidden("assist.other-call", callId);
		}
		return call;
	}

	/**
	 * The agent's outcome: the value kept for each field ({@code null} or empty: left
	 * empty); a field not named was accepted as proposed. Once only (409 after).
	 */
	@Transactional
	Map<String, Object> outcome(long id, Long orderId, Map<String, String> kept, Actor actor) {
		actor.requireAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
		List<Map<String, Object>> rows = this.jdbc
			.sql("select created_by, decided_at, proposal::text as proposal "
					+ "from assist_form where id = ? for update")
			.param(id)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			throw Problem.notFound("assist.unknown-form", id);
		}
		Map<String, Object> row = rows.get(0);
		if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN) && !actor.username().equals(row.get("created_by"))) {
			throw Problem.forbidden("assist.other-form", id);
		}
		if (row.get("decided_at") != null) {
			throw Problem.conflict("assist.form-decided", id);
		}
		Map<String, String> given = (kept == null) ? Map.of() : kept;
		for (Map.Entry<String, String> entry : given.entrySet()) {
			if (!ProposedForm.FIELDS.contains(entry.getKey())) {
				throw Problem.invalid("assist.unknown-field", "fields." + entry.getKey(),
						String.join(", ", ProposedForm.FIELDS));
			}
			if (entry.getValue() != null && entry.getValue().length() > VALUE_CHARS) {
				throw Problem.invalid("request.too-long", "fields." + entry.getKey(), VALUE_CHARS);
			}
		}
		ProposedForm form = this.json.readValue((String) row.get("proposal"), ProposedForm.class);
		return decide(id, form, orderId, given, actor.username(), "");
	}

	/**
	 * Records the outcome of the call's last undecided form from the order registered
	 * from it: what the order holds is what the agent kept. Nothing where the call has no
	 * such form.
	 */
	@Transactional
	Optional<Long> registered(String callId, WorkOrder order) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select id, proposal::text as proposal from assist_form where call_id = ? and decided_at is null "
					+ "order by id desc limit 1 for update")
			.param(callId)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		long id = ((Number) rows.get(0).get("id")).longValue();
		ProposedForm form = this.json.readValue((String) rows.get(0).get("proposal"), ProposedForm.class);
		Registration registration = order.registration();
		decide(id, form, order.id().value(), kept(registration), registration.createdBy(), " registered");
		return Optional.of(id);
	}

	/** The registered order's value of each field of the form. */
	static Map<String, String> kept(Registration registration) {
		Map<String, String> kept = new LinkedHashMap<>();
		kept.put("type", (registration.type() == null) ? null : registration.type().name());
		kept.put("category", registration.categoryCode());
		kept.put("address", (registration.location() == null) ? null : registration.location().finest());
		kept.put("callerName", (registration.caller() == null) ? null : registration.caller().name());
		kept.put("callerPhone", (registration.caller() == null) ? null : registration.caller().phone());
		kept.put("title", registration.title());
		kept.put("summary", registration.content());
		kept.put("urgency", (registration.urgency() == null) ? null : registration.urgency().name());
		kept.replaceAll((field, value) -> (value != null && value.length() > VALUE_CHARS)
				? value.substring(0, VALUE_CHARS) : value);
		return kept;
	}

	private Map<String, Object> decide(long id, ProposedForm form, Long orderId, Map<String, String> given,
			String decidedBy, String how) {
		Map<String, Object> decided = new LinkedHashMap<>();
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, FormField> field : form.fields().entrySet()) {
			String proposed = field.getValue().filled() ? field.getValue().value() : null;
			String last = given.containsKey(field.getKey()) ? blankToNull(given.get(field.getKey())) : proposed;
			boolean accepted = Objects.equals(proposed, last);
			if (!accepted) {
				changed.add(field.getKey());
			}
			this.jdbc.sql("""
					insert into assist_form_field (form_id, field, proposed, confidence, final, accepted)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, field.getKey(), proposed, field.getValue().confidence(), last, accepted)
				.update();
			decided.put(field.getKey(), Map.of("accepted", accepted, "final", (last == null) ? "" : last));
		}
		this.jdbc.sql("update assist_form set decided_by = ?, decided_at = ?, order_id = ? where id = ?")
			.params(decidedBy, Timestamp.from(this.orders.now()), orderId, id)
			.update();
		this.audit.record(decidedBy, "ASSIST_FORM_OUTCOME", "assist form " + id, "OK",
				"changed=" + changed + how + ((orderId != null) ? " order=" + orderId : ""));
		return decided;
	}

	/**
	 * Accuracy per field of the forms decided from {@code from} to {@code to} (Beijing
	 * days).
	 */
	@Transactional(readOnly = true)
	List<FieldAccuracy> accuracy(LocalDate from, LocalDate to, Actor actor) {
		return accuracy(from, to, null, actor);
	}

	/** The columns the accuracy report sorts by. */
	static final Map<String, java.util.Comparator<FieldAccuracy>> ACCURACY_SORTS = Map.of("field",
			java.util.Comparator.comparingInt((FieldAccuracy f) -> ProposedForm.FIELDS.indexOf(f.field())), "judged",
			java.util.Comparator.comparingLong(FieldAccuracy::judged), "accepted",
			java.util.Comparator.comparingLong(FieldAccuracy::accepted), "changed",
			java.util.Comparator.comparingLong(FieldAccuracy::changed), "missed",
			java.util.Comparator.comparingLong(FieldAccuracy::missed), "accuracy", java.util.Comparator.comparing(
					FieldAccuracy::accuracy, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));

	/**
	 * Accuracy per field of the forms decided in the period, of one agent's forms (the
	 * agent they were proposed to) where {@code agent} is given.
	 */
	@Transactional(readOnly = true)
	List<FieldAccuracy> accuracy(LocalDate from, LocalDate to, String agent, Actor actor) {
		mayReport(from, to, actor);
		Map<String, FieldAccuracy> byField = new LinkedHashMap<>();
		for (String field : ProposedForm.FIELDS) {
			byField.put(field, new FieldAccuracy(field, 0, 0, 0, 0, null));
		}
		this.jdbc.sql("""
				select f.field, count(*) filter (where f.proposed is not null or f.final is not null) as judged,
					count(*) filter (where f.accepted and f.proposed is not null) as accepted,
					count(*) filter (where not f.accepted and f.proposed is not null) as changed,
					count(*) filter (where f.proposed is null and f.final is not null) as missed
				from assist_form_field f join assist_form a on a.id = f.form_id
				where a.decided_at >= ? and a.decided_at < ? and (cast(? as text) is null or a.created_by = ?)
				group by f.field""").params(start(from), start(to.plusDays(1)), agent, agent).query((rs, n) -> {
			long judged = rs.getLong("judged");
			long accepted = rs.getLong("accepted");
			byField.put(rs.getString("field"), new FieldAccuracy(rs.getString("field"), judged, accepted,
					rs.getLong("changed"), rs.getLong("missed"), (judged == 0) ? null : (double) accepted / judged));
			return null;
		}).list();
		return new ArrayList<>(byField.values());
	}

	/** Refuses who may not read the report, and a period it does not cover. */
	private static void mayReport(LocalDate from, LocalDate to, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ADMIN, Role.QUALITY, Role.ANALYST);
		if (from.isAfter(to)) {
			throw Problem.invalid("assist.bad-period", from, to);
		}
		if (from.plusDays(MOST_DAYS).isBefore(to)) {
			throw Problem.invalid("assist.period-too-long", MOST_DAYS);
		}
	}

	/** What the forms behind a figure of the report are: the report's columns. */
	static final Map<String, String> OUTCOMES = Map.of("accepted", "f.accepted and f.proposed is not null", "changed",
			"not f.accepted and f.proposed is not null", "missed", "f.proposed is null and f.final is not null");

	/** The columns the forms behind a figure sort by. */
	static final Map<String, String> DECIDED_SORTS = Map.of("decidedAt", "a.decided_at", "confidence", "f.confidence",
			"agent", "a.created_by");

	/**
	 * The decided forms behind a figure of the accuracy report: one field's proposals in
	 * the period (of one agent's forms where {@code agent} is given), those accepted,
	 * changed or missed where {@code outcome} is given, else all judged; a page of them
	 * and how many. The caller's name and phone as the actor may see them.
	 */
	@Transactional(readOnly = true)
	DecidedPage decided(LocalDate from, LocalDate to, String agent, String field, String outcome,
			io.hotline.platform.ListParameters page, Actor actor) {
		mayReport(from, to, actor);
		if (field == null || !ProposedForm.FIELDS.contains(field)) {
			throw Problem.invalid("assist.unknown-field", "field=" + field, String.join(", ", ProposedForm.FIELDS));
		}
		if (outcome != null && !OUTCOMES.containsKey(outcome)) {
			throw Problem.invalid("request.bad-value", "outcome", outcome);
		}
		String where = " from assist_form_field f join assist_form a on a.id = f.form_id"
				+ " where a.decided_at >= ? and a.decided_at < ? and (cast(? as text) is null or a.created_by = ?)"
				+ " and f.field = ? and "
				+ ((outcome == null) ? "(f.proposed is not null or f.final is not null)" : OUTCOMES.get(outcome));
		Object[] params = { start(from), start(to.plusDays(1)), agent, agent, field };
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<Decided> items = this.jdbc
			.sql("select a.id, a.order_id, a.call_id, a.created_by, a.decided_at, f.proposed, f.final, f.accepted,"
					+ " f.confidence" + where + " order by " + DECIDED_SORTS.get(page.sort())
					+ (page.descending() ? " desc" : " asc") + ", a.id desc offset ? limit ?")
			.params(params)
			.param(page.offset())
			.param(page.limit())
			.query((rs, n) -> new Decided(rs.getLong("id"), (Long) rs.getObject("order_id"), rs.getString("call_id"),
					rs.getString("created_by"), rs.getTimestamp("decided_at").toInstant(),
					shown(field, rs.getString("proposed"), actor), shown(field, rs.getString("final"), actor),
					rs.getString("proposed") != null && rs.getBoolean("accepted"), rs.getDouble("confidence")))
			.list();
		return new DecidedPage(items, total, page.offset(), page.limit());
	}

	/** A caller's name or phone as the actor may see it; other fields as they are. */
	private static String shown(String field, String value, Actor actor) {
		return switch (field) {
			case "callerName" -> io.hotline.workorder.CallerMask.name(value, actor);
			case "callerPhone" -> io.hotline.workorder.CallerMask.phone(value, actor);
			default -> value;
		};
	}

	/** A decided form's field: what was proposed, what the agent kept. */
	record Decided(long formId, Long orderId, String callId, String agent, java.time.Instant decidedAt, String proposed,
			String kept, boolean accepted, double confidence) {

	}

	record DecidedPage(List<Decided> items, long total, int offset, int limit) {

	}

	/**
	 * A field's accuracy: of the decided forms where the field was proposed or filled by
	 * the agent ({@code judged}), those whose proposal the agent kept ({@code accepted}),
	 * changed, or filled where nothing was proposed ({@code missed}).
	 */
	record FieldAccuracy(String field, long judged, long accepted, long changed, long missed, Double accuracy) {

	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(WorkingCalendar.ZONE).toInstant());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
