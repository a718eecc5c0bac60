package io.hotline.province.city;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.org.AccountChange;
import io.hotline.org.Actor;
import io.hotline.org.UserAccounts;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.province.CityOfAProvince;
import io.hotline.province.NodeMessages;
import io.hotline.province.NodeSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 多援一 on the helped city: the province's grant makes an account (role AGENT) for each
 * helping agent, named {@code zy<grant>-<n>}, with a password nobody knows and a one-time
 * code sent back through the province to the helping city; the helper sets the account's
 * password with the code (five wrong codes void it) and signs in to this city's
 * workstation, its knowledge base and catalog, registering its orders here. At the
 * grant's end the accounts are disabled.
 */
@Component
@Conditional(CityOfAProvince.class)
class HelpAccounts {

	private static final Logger log = LoggerFactory.getLogger(HelpAccounts.class);

	/** Letters and digits that cannot be mistaken for one another. */
	private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 10;

	private static final int ATTEMPTS = 5;

	/** An account made for a helper, as this city's supervisors see it. */
	record Account(String username, long grantId, String helper, String helperName, Instant until, Instant activatedAt,
			Instant disabledAt) {

	}

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final NodeSettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	HelpAccounts(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit,
			NodeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Makes the grant's accounts, once: a grant handed again changes nothing. */
	@Transactional
	void grant(NodeMessages.Grant grant) {
		Long made = this.jdbc.sql("select count(*) from help_account where grant_id = ?")
			.param(grant.id())
			.query(Long.class)
			.single();
		if (made > 0) {
			return;
		}
		for (int n = 1; n <= grant.agents(); n++) {
			String username = "zy%d-%02d".formatted(grant.id(), n);
			String code = code();
			this.accounts.create(Actor.system(), username, "支援·%s %02d".formatted(grant.helperName(), n), password(),
					List.of("AGENT"), null);
			this.jdbc.sql("""
					insert into help_account (username, grant_id, helper, helper_name, until, code, code_hash)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(username, grant.id(), grant.helper(), grant.helperName(), Timestamp.from(grant.until()), code,
						this.encoder.encode(code))
				.update();
		}
		this.audit.record("province:" + grant.grantedBy(), "HELP_ACCOUNTS", "grant " + grant.id(), "OK",
				grant.helperName() + " × " + grant.agents() + " until " + grant.until());
		log.info("{} accounts made for the agents of {} helping until {} (grant {})", grant.agents(),
				grant.helperName(), grant.until(), grant.id());
	}

	/** The accounts whose codes the province does not have yet, by grant. */
	List<NodeMessages.GrantAccounts> unreported() {
		Map<Long, List<NodeMessages.HelpAccount>> byGrant = new LinkedHashMap<>();
		this.jdbc.sql("select grant_id, username, code from help_account where not reported order by username")
			.query((rs) -> {
				byGrant.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new NodeMessages.HelpAccount(rs.getString(2), rs.getString(3)));
			});
		List<NodeMessages.GrantAccounts> grants = new ArrayList<>();
		byGrant.forEach((id, list) -> grants.add(new NodeMessages.GrantAccounts(id, this.settings.publicUrl(), list)));
		return grants;
	}

	/** The province has these codes: they are forgotten here (only their hashes kept). */
	void reported(List<NodeMessages.GrantAccounts> grants) {
		if (!grants.isEmpty()) {
			this.jdbc.sql("update help_account set reported = true, code = null where grant_id = any(?)")
				.param(grants.stream().map(NodeMessages.GrantAccounts::grantId).toArray(Long[]::new))
				.update();
		}
	}

	/**
	 * A helper sets its account's password with its one-time code. A wrong code, or a
	 * name that is not a helper's, answers the same; five wrong codes void the code. The
	 * code is used up (at most once, whoever comes first) before the password is set.
	 */
	void activate(String username, String code, String password) {
		if (username == null || code == null || password == null) {
			throw Problem.invalid("help.activate-fields");
		}
		Map<String, Object> account = this.jdbc.sql("select * from help_account where username = ?")
			.param(username.strip())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> Problem.invalid("help.bad-code"));
		String name = (String) account.get("username");
		Instant now = this.clock.instant();
		if (account.get("activated_at") != null) {
			throw Problem.conflict("help.activated", name);
		}
		if (!((Timestamp) account.get("until")).toInstant().isAfter(now) || account.get("disabled_at") != null) {
			throw Problem.conflict("help.ended", name);
		}
		String hash = (String) account.get("code_hash");
		if ((int) account.get("attempts") >= ATTEMPTS
				|| !this.encoder.matches(code.strip().toUpperCase(Locale.ROOT), hash)) {
			this.jdbc.sql("update help_account set attempts = attempts + 1 where username = ?").param(name).update();
			this.audit.record("anonymous", "HELP_ACTIVATE", "user:" + name, "REFUSED", "wrong code");
			throw Problem.invalid("help.bad-code");
		}
		this.accounts.checkPassword(password, name);
		int claimed = this.jdbc.sql("""
				update help_account set activated_at = ?, code_hash = ''
				where username = ? and activated_at is null and code_hash = ?""")
			.params(Timestamp.from(now), name, hash)
			.update();
		if (claimed == 0) {
			throw Problem.conflict("help.activated", name);
		}
		this.accounts.update(Actor.system(), name, new AccountChange(null, null, false, null, null, password));
		this.audit.record(name, "HELP_ACTIVATE", "user:" + name, "OK", "helper of " + account.get("helper_name"));
	}

	/** The accounts made for helpers, the newest grant first. */
	List<Account> list() {
		return this.jdbc.sql("select * from help_account order by grant_id desc, username")
			.query((rs, n) -> new Account(rs.getString("username"), rs.getLong("grant_id"), rs.getString("helper"),
					rs.getString("helper_name"), rs.getTimestamp("until").toInstant(), instant(rs, "activated_at"),
					instant(rs, "disabled_at")))
			.list();
	}

	/**
	 * Disables the accounts whose grant is over; once a minute, one instance at a time.
	 */
	@Scheduled(fixedDelayString = "${hotline.node.help-sweep-ms:60000}",
			initialDelayString = "${hotline.node.help-sweep-ms:60000}")
	@SchedulerLock(name = "help-accounts-end", lockAtMostFor = "PT5M")
	void disableEnded() {
		List<String> ended = this.jdbc
			.sql("select username from help_account where disabled_at is null and until <= ? order by username")
			.param(Timestamp.from(this.clock.instant()))
			.query(String.class)
			.list();
		for (String username : ended) {
			this.accounts.update(Actor.system(), username, new AccountChange(null, null, false, null, false, null));
			this.jdbc.sql("update help_account set disabled_at = ? where username = ?")
				.params(Timestamp.from(this.clock.instant()), username)
				.update();
		}
		if (!ended.isEmpty()) {
			log.info("{} helpers' accounts disabled: their grant is over", ended.size());
		}
	}

	private String code() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE[this.random.nextInt(CODE.length)]);
		}
		return code.toString();
	}

	/** A password nobody knows, keeping the password rule, until the helper sets one. */
	private String password() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return "x9-" + java.util.HexFormat.of().formatHex(bytes);
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

}
