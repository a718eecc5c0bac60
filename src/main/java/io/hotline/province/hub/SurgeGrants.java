package io.hotline.province.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.hotline.org.Actor;
import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.InputText;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.province.NodeMessages;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 多援一 granted by the province (docs/province-surges.md): a city that asked for help is
 * granted agents of another city for some hours. The grant reaches the helped city at its
 * pull; it makes an account for each helper and answers with their one-time codes at its
 * next pull; the helping city gets them at its own pull and says it has them, and the
 * province forgets the codes. The city always calls (decision 0015).
 */
@Component
@Conditional(ProvincialNode.class)
class SurgeGrants {

	/**
	 * A grant and how far it got: {@code QUEUED} for the helped city, {@code DELIVERED}
	 * to it, {@code ACCOUNTS} made there, {@code HANDED} to the helping city,
	 * {@code ENDED} once its time is over.
	 */
	record Grant(long id, String city, String cityName, String helper, String helperName, int agents, Instant until,
			String note, String grantedBy, Instant grantedAt, Instant deliveredAt, Instant accountsAt,
			List<String> usernames, Instant receivedAt, String state) {

	}

	record Page(long total, int offset, int limit, List<Grant> items) {

	}

	/** What the list is filtered by: the helped city, the helping one, the state. */
	record Filter(String city, String helper, String state, Long id) {

	}

	static final Map<String, String> SORTS = Map.of("grantedAt", "t.id", "city", "t.city", "helper", "t.helper",
			"until", "t.until", "agents", "t.agents");

	static final List<String> STATES = List.of("QUEUED", "DELIVERED", "ACCOUNTS", "HANDED", "ENDED");

	/** The longest grant, in hours, and the one given when none is. */
	static final int MOST_HOURS = 72;

	static final int HOURS = 8;

	static final int MOST_AGENTS = 500;

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final CitySurges surges;

	private final String province;

	private final Clock clock;

	SurgeGrants(JdbcClient jdbc, Divisions divisions, AuditTrail audit, CitySurges surges, HotlineProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.audit = audit;
		this.surges = surges;
		this.province = properties.jurisdiction();
		this.clock = clock;
	}

	/**
	 * Grants the city that asked for help {@code agents} of the helper city for
	 * {@code hours} (8 when absent).
	 */
	@Transactional
	Grant grant(String city, String helper, Integer agents, Integer hours, String note, Actor actor) {
		if (helper == null || helper.isBlank()) {
			throw Problem.invalid("request.required", "helper");
		}
		String from = ProvinceController.code(helper);
		List<String> cities = this.divisions.children(this.province).stream().map(Division::code).toList();
		if (!cities.contains(city)) {
			throw Problem.notFound("province.not-a-city", city);
		}
		if (!cities.contains(from) || from.equals(city)) {
			throw Problem.invalid("province.bad-helper", helper, city);
		}
		if (agents == null || agents < 1 || agents > MOST_AGENTS) {
			throw Problem.invalid("province.bad-agents", agents, MOST_AGENTS);
		}
		int term = (hours == null) ? HOURS : hours;
		if (term < 1 || term > MOST_HOURS) {
			throw Problem.invalid("province.bad-hours", hours, MOST_HOURS);
		}
		String text = (note == null) ? "" : InputText.limited(note.strip(), "note", 500);
		if (!this.surges.asksForHelp(city)) {
			throw Problem.conflict("province.no-help-asked", name(city));
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into surge_grant (city, helper, agents, until, note, granted_by, granted_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(city, from, agents, Timestamp.from(now.plus(Duration.ofHours(term))), text, actor.username(),
					Timestamp.from(now))
			.query(Long.class)
			.single();
		this.audit.record(actor.username(), "PROVINCE_SURGE_GRANT", city, "QUEUED",
				from + " × " + agents + ", " + term + " h" + (text.isEmpty() ? "" : ": " + text));
		return page(new Filter(null, null, null, id),
				ListParameters.of(null, null, null, null, SORTS.keySet(), "grantedAt", true, 1, 1))
			.items()
			.get(0);
	}

	Page page(Filter filter, ListParameters page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder("true");
		if (filter.city() != null) {
			where.append(" and t.city = ?");
			params.add(filter.city());
		}
		if (filter.helper() != null) {
			where.append(" and t.helper = ?");
			params.add(filter.helper());
		}
		if (filter.id() != null) {
			where.append(" and t.id = ?");
			params.add(filter.id());
		}
		if (filter.state() != null) {
			if (!STATES.contains(filter.state())) {
				throw Problem.invalid("province.bad-grant-state", filter.state());
			}
			params.add(Timestamp.from(this.clock.instant()));
			where.append(switch (filter.state()) {
				case "ENDED" -> " and t.until <= ?";
				case "QUEUED" -> " and t.until > ? and t.delivered_at is null";
				case "DELIVERED" -> " and t.until > ? and t.delivered_at is not null and t.accounts_at is null";
				case "ACCOUNTS" -> " and t.until > ? and t.accounts_at is not null and t.received_at is null";
				default -> " and t.until > ? and t.received_at is not null";
			});
		}
		Instant now = this.clock.instant();
		Paging.Rows<Grant> rows = Paging.rows(this.jdbc, "select t.* from surge_grant t", "surge_grant",
				where.toString(), params, SORTS.get(page.sort()), page, (rs, n) -> grant(rs, now));
		return new Page(rows.total(), page.offset(), page.limit(), rows.items());
	}

	/**
	 * A city's pull: the accounts it made for its grants are kept, the help it said it
	 * received forgets its codes; then the grants it has not made accounts for and the
	 * help it gives that it has not said received are handed to it.
	 */
	@Transactional
	NodeMessages.Commands pull(String city, NodeMessages.Pull pull, NodeMessages.Commands commands) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (NodeMessages.GrantAccounts made : pull.accounts()) {
			this.jdbc.sql("""
					update surge_grant set usernames = ?, codes = ?, url = ?, accounts_at = ?
					where id = ? and city = ? and accounts_at is null""")
				.params(made.accounts().stream().map(NodeMessages.HelpAccount::username).toArray(String[]::new),
						made.accounts().stream().map(NodeMessages.HelpAccount::code).toArray(String[]::new), made.url(),
						now, made.grantId(), city)
				.update();
		}
		if (!pull.helpReceived().isEmpty()) {
			this.jdbc.sql("""
					update surge_grant set received_at = coalesce(received_at, ?), codes = null
					where helper = ? and id = any(?)""")
				.params(now, city, pull.helpReceived().toArray(Long[]::new))
				.update();
		}
		List<NodeMessages.Grant> grants = this.jdbc.sql("""
				update surge_grant set delivered_at = coalesce(delivered_at, ?)
				where city = ? and accounts_at is null and until > ? returning *""")
			.params(now, city, now)
			.query((rs, n) -> new NodeMessages.Grant(rs.getLong("id"), rs.getString("helper"),
					name(rs.getString("helper")), rs.getInt("agents"), rs.getTimestamp("until").toInstant(),
					rs.getString("note"), rs.getString("granted_by")))
			.list();
		List<NodeMessages.HelpGiven> helping = this.jdbc.sql("""
				update surge_grant set handed_at = coalesce(handed_at, ?)
				where helper = ? and accounts_at is not null and received_at is null and until > ? returning *""")
			.params(now, city, now)
			.query((rs, n) -> helpGiven(rs))
			.list();
		return new NodeMessages.Commands(commands.commands(), commands.transfers(), grants, helping);
	}

	private NodeMessages.HelpGiven helpGiven(ResultSet rs) throws SQLException {
		String[] usernames = (String[]) rs.getArray("usernames").getArray();
		String[] codes = (String[]) rs.getArray("codes").getArray();
		List<NodeMessages.HelpAccount> accounts = new ArrayList<>();
		for (int i = 0; i < usernames.length; i++) {
			accounts.add(new NodeMessages.HelpAccount(usernames[i], codes[i]));
		}
		String city = rs.getString("city");
		return new NodeMessages.HelpGiven(rs.getLong("id"), city, name(city), rs.getString("url"), rs.getInt("agents"),
				rs.getTimestamp("until").toInstant(), rs.getString("note"), accounts);
	}

	private Grant grant(ResultSet rs, Instant now) throws SQLException {
		Instant until = rs.getTimestamp("until").toInstant();
		Instant delivered = instant(rs, "delivered_at");
		Instant accounts = instant(rs, "accounts_at");
		Instant received = instant(rs, "received_at");
		String state = !until.isAfter(now) ? "ENDED" : (received != null) ? "HANDED"
				: (accounts != null) ? "ACCOUNTS" : (delivered != null) ? "DELIVERED" : "QUEUED";
		java.sql.Array names = rs.getArray("usernames");
		String city = rs.getString("city");
		String helper = rs.getString("helper");
		return new Grant(rs.getLong("id"), city, name(city), helper, name(helper), rs.getInt("agents"), until,
				rs.getString("note"), rs.getString("granted_by"), instant(rs, "granted_at"), delivered, accounts,
				(names == null) ? List.of() : Arrays.asList((String[]) names.getArray()), received, state);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

	private String name(String code) {
		return this.divisions.division(code).map(Division::name).orElse(code);
	}

}
