package io.hotline.workorder;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Fact;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 标记: the flags the platform's checks raise on orders, each explaining which rule fired
 * on what evidence, kept until a supervisor judges it (confirmed or dismissed). A check
 * that finds the same thing again updates its flag rather than raising another; a judged
 * flag stays judged. Whoever may see an order sees its flags.
 */
@Service
public class OrderFlags {

	/** At most this many flags listed at once, the newest first. */
	static final int MOST = 500;

	/**
	 * The explanation of a flag whose related order the reader may not see (flag details
	 * are written in Chinese).
	 */
	static final String MASKED_DETAIL = "涉及您无权查看的其他工单，详情不予显示";

	/** {@link #MASKED_DETAIL} as a fact, for the reader's language. */
	private static final Fact MASKED = Fact.of("flag.masked");

	private final JdbcClient jdbc;

	private final WorkOrders orders;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final OrderSearch search;

	OrderFlags(JdbcClient jdbc, WorkOrders orders, ApplicationEventPublisher events, AuditTrail audit,
			OrderSearch search) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.events = events;
		this.audit = audit;
		this.search = search;
	}

	/**
	 * Raises a flag on an order, or updates the open one of the same kind and rule;
	 * publishes {@link OrderFlagged} when it is new. Returns the flag's id.
	 */
	@Transactional
	public long raise(WorkOrderId order, FlagKind kind, String rule, List<String> evidence, String detail, Double score,
			WorkOrderId related, String raisedBy) {
		return raise(order, kind, rule, evidence, detail, null, score, related, raisedBy);
	}

	/**
	 * Raises a flag whose explanation the platform writes itself, kept as a fact beside
	 * its Chinese text so that each reader sees it in their own language.
	 */
	@Transactional
	public long raise(WorkOrderId order, FlagKind kind, String rule, List<String> evidence, Fact detail, Double score,
			WorkOrderId related, String raisedBy) {
		return raise(order, kind, rule, evidence, detail.written(), detail, score, related, raisedBy);
	}

	/**
	 * Raises a flag whose Chinese detail says more than its fact (a history quoting
	 * people's words): the detail is stored as written, the fact is what readers of other
	 * languages see.
	 */
	@Transactional
	public long raise(WorkOrderId order, FlagKind kind, String rule, List<String> evidence, String detail, Fact fact,
			Double score, WorkOrderId related, String raisedBy) {
		Long[] existing = this.jdbc.sql("""
				select id, case when status = 'OPEN' then 1 else 0 end from order_flag
				where order_id = ? and kind = ? and rule = ?""")
			.params(order.value(), kind.name(), rule)
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElse(null);
		String[] words = (evidence == null) ? new String[0] : evidence.toArray(String[]::new);
		Long relatedId = (related == null) ? null : related.value();
		String key = (fact == null) ? null : fact.key();
		String[] args = (fact == null) ? null : fact.argumentArray();
		if (existing != null) {
			if (existing[1] == 1) {
				this.jdbc.sql("""
						update order_flag set evidence = ?, detail = ?, detail_key = ?, detail_args = ?, score = ?,
						    related_order_id = ?
						where id = ?""").params(words, detail, key, args, score, relatedId, existing[0]).update();
			}
			return existing[0];
		}
		long id = this.jdbc.sql("""
				insert into order_flag (order_id, kind, rule, evidence, detail, detail_key, detail_args, score,
				    related_order_id, raised_at, raised_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(order.value(), kind.name(), rule, words, detail, key, args, score, relatedId,
					Timestamp.from(this.orders.now()), raisedBy)
			.query(Long.class)
			.single();
		this.audit.record(raisedBy, "FLAG_RAISE", "order " + order.value(), "OK", kind + " " + rule);
		this.events.publishEvent(new OrderFlagged(id, order, kind, rule));
		return id;
	}

	/**
	 * The flags of an order the actor may see, the newest first. A flag that points at an
	 * order the actor may not see is {@link #masked}.
	 */
	@Transactional(readOnly = true)
	public List<OrderFlag> of(WorkOrderId order, Actor actor) {
		this.orders.find(order, actor);
		List<OrderFlag> flags = this.jdbc.sql(SELECT + " where f.order_id = ? order by f.raised_at desc, f.id desc")
			.param(order.value())
			.query((rs, n) -> flag(rs))
			.list();
		Set<Long> related = new HashSet<>();
		flags.stream().map(OrderFlag::relatedOrderId).filter(Objects::nonNull).forEach(related::add);
		Set<Long> visible = this.search.visible(related, actor);
		return flags.stream()
			.map((f) -> (f.relatedOrderId() == null || visible.contains(f.relatedOrderId())) ? f : masked(f))
			.toList();
	}

	/**
	 * A flag as seen by someone who may not see its related order: its kind, rule, times
	 * and standing, but neither that order nor the words, score, explanation or judgement
	 * note that describe it (its number, its caller, what it says).
	 */
	static OrderFlag masked(OrderFlag flag) {
		return new OrderFlag(flag.id(), flag.orderId(), flag.orderNumber(), flag.kind(), flag.rule(), List.of(),
				MASKED_DETAIL, null, null, flag.raisedAt(), flag.raisedBy(), flag.status(), flag.judgedBy(),
				flag.judgedAt(), null, MASKED.text(LocaleContextHolder.getLocale()), MASKED.key(), List.of());
	}

	/**
	 * The kinds of flag ever raised on the order, open or judged (for a reaction that
	 * only asks which, without reading the flags or the order).
	 */
	@Transactional(readOnly = true)
	public Set<FlagKind> raisedKinds(WorkOrderId order) {
		Set<FlagKind> kinds = EnumSet.noneOf(FlagKind.class);
		this.jdbc.sql("select distinct kind from order_flag where order_id = ?")
			.param(order.value())
			.query(String.class)
			.list()
			.forEach((kind) -> kinds.add(FlagKind.valueOf(kind)));
		return kinds;
	}

	/** Whether the order has an open flag of this kind (for a stage that waits on it). */
	@Transactional(readOnly = true)
	public boolean anyOpen(WorkOrderId order, FlagKind kind) {
		return this.jdbc
			.sql("select exists (select 1 from order_flag where order_id = ? and kind = ? and status = 'OPEN')")
			.params(order.value(), kind.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The flags of every order, for supervisors and analysts: of one kind (or all), open
	 * only or all, the newest first.
	 */
	@Transactional(readOnly = true)
	public List<OrderFlag> list(FlagKind kind, boolean openOnly, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ANALYST);
		return this.jdbc.sql(SELECT + """
				 where (cast(? as varchar) is null or f.kind = ?) and (? = false or f.status = 'OPEN')
				order by f.raised_at desc, f.id desc limit\s""" + MOST)
			.params((kind == null) ? null : kind.name(), (kind == null) ? null : kind.name(), openOnly)
			.query((rs, n) -> flag(rs))
			.list();
	}

	/** A supervisor's judgement: the flag was right ({@code CONFIRMED}) or not. */
	@Transactional
	public OrderFlag judge(long id, String verdict, String note, Actor actor) {
		actor.requireAny(Role.SUPERVISOR);
		String status = (verdict == null) ? "" : verdict.strip().toUpperCase(Locale.ROOT);
		if (!status.equals("CONFIRMED") && !status.equals("DISMISSED")) {
			throw Problem.invalid("flag.bad-verdict", verdict);
		}
		String text = InputText.limited(note, "note", InputText.NOTE);
		// judged only while open, so that of two supervisors at once the second is told
		int judged = this.jdbc.sql("""
				update order_flag set status = ?, judged_by = ?, judged_at = ?, judgement_note = ?
				where id = ? and status = 'OPEN'""")
			.params(status, actor.username(), Timestamp.from(this.orders.now()), text, id)
			.update();
		OrderFlag flag = this.jdbc.sql(SELECT + " where f.id = ?")
			.param(id)
			.query((rs, n) -> flag(rs))
			.optional()
			.orElseThrow(() -> Problem.notFound("flag.unknown", id));
		if (judged == 0) {
			throw Problem.conflict("flag.judged", id, flag.judgedBy());
		}
		this.audit.record(actor.username(), "FLAG_JUDGE", "flag " + id, "OK", status);
		return flag;
	}

	/** A stored fact, if any: shown in the reader's language, else the stored detail. */
	private record Written(String key, List<String> arguments) {

		static Written of(String key, Array arguments) throws SQLException {
			return new Written(key,
					(key == null || arguments == null) ? List.of() : List.of((String[]) arguments.getArray()));
		}

		String text(String detail) {
			Locale locale = LocaleContextHolder.getLocale();
			return (this.key == null || "zh".equals(locale.getLanguage())) ? detail
					: new Fact(this.key, this.arguments).text(locale);
		}

	}

	private static final String SELECT = """
			select f.*, o.number from order_flag f join work_order o on o.id = f.order_id""";

	private static OrderFlag flag(ResultSet rs) throws SQLException {
		Array evidence = rs.getArray("evidence");
		Timestamp judged = rs.getTimestamp("judged_at");
		String detail = rs.getString("detail");
		Written fact = Written.of(rs.getString("detail_key"), rs.getArray("detail_args"));
		return new OrderFlag(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
				FlagKind.valueOf(rs.getString("kind")), rs.getString("rule"),
				(evidence == null) ? List.of() : new ArrayList<>(Arrays.asList((String[]) evidence.getArray())), detail,
				rs.getObject("score", Double.class), rs.getObject("related_order_id", Long.class),
				rs.getTimestamp("raised_at").toInstant(), rs.getString("raised_by"), rs.getString("status"),
				rs.getString("judged_by"), (judged == null) ? null : judged.toInstant(), rs.getString("judgement_note"),
				fact.text(detail), fact.key(), fact.arguments());
	}

}
