package io.hotline.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.hotline.platform.AccountChanged;
import io.hotline.platform.AfterCommit;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's user accounts: who someone is ({@link Profile}) and how an administrator
 * adds or changes one. Sign-in itself goes through {@link UserDirectory}.
 */
@Service
public class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

	private static final String PROFILE = """
			select u.username, u.display_name, u.roles, u.unit_id, h.name as unit_name, u.enabled
			from app_user u left join handling_unit h on h.id = u.unit_id""";

	private static final RowMapper<Profile> PROFILE_ROW = (rs, n) -> new Profile(rs.getString(1), rs.getString(2),
			UserDirectory.roles(rs.getArray(3)), UnitId.of((Long) rs.getObject(4)), rs.getString(5), rs.getBoolean(6));

	private final JdbcClient jdbc;

	private final DisplayNames displayNames;

	private final PasswordEncoder encoder;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Organisation organisation, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.displayNames = new DisplayNames(jdbc);
		this.encoder = encoder;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The display names of these users (a name that is no user's, such as the platform's
	 * own {@code system}, is left out).
	 */
	public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
		return this.displayNames.of(usernames);
	}

	/** A user as others see them; the unit is that of a handler, null for the others. */
	public record Profile(String username, String displayName, Set<Role> roles, UnitId unitId, String unitName,
			boolean enabled) {

	}

	public Optional<Profile> profile(String username) {
		return this.jdbc.sql(PROFILE + " where u.username = ?").param(username).query(PROFILE_ROW).optional();
	}

	/** Every account, by name, for an administrator. */
	public List<Profile> profiles(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("user.admin-only");
		}
		return this.jdbc.sql(PROFILE + " order by u.username").query(PROFILE_ROW).list();
	}

	public boolean exists(String username) {
		return this.jdbc.sql("select exists (select 1 from app_user where username = ?)")
			.param(username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Adds an account on an administrator's behalf; a handler must belong to a unit,
	 * since it sees only that unit's orders, and the password must keep the
	 * {@link PasswordRule}.
	 */
	@Transactional
	public Profile create(Actor actor, String username, String displayName, String password, Collection<String> roles,
			Long unitId) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("user.admin-only");
		}
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw Problem.invalid("user.bad-username");
		}
		if (displayName == null || displayName.isBlank()) {
			throw Problem.invalid("request.required", "displayName");
		}
		PasswordRule.check(password, username);
		Set<Role> granted = roles(roles);
		UnitId unit = null;
		if (unitId != null) {
			unit = this.organisation.unit(new UnitId(unitId))
				.map(HandlingUnit::id)
				.orElseThrow(() -> Problem.invalid("user.unknown-unit", unitId));
		}
		else if (granted.contains(Role.HANDLER)) {
			throw Problem.invalid("user.handler-unit");
		}
		if (exists(username)) {
			throw Problem.conflict("user.taken", username);
		}
		add(username, displayName.trim(), password, granted, unit);
		this.audit.record(actor.username(), "user.create", "user:" + username, "OK", "roles " + granted);
		return profile(username).orElseThrow();
	}

	/**
	 * Refuses (400, naming what is wrong) a password that would not be taken for the
	 * account, before anything else is done with it.
	 */
	public void checkPassword(String password, String username) {
		PasswordRule.check(password, username);
	}

	/**
	 * Changes an account on an administrator's behalf, with the checks of
	 * {@link #create}; an administrator can neither disable themselves nor give up their
	 * own ADMIN role. Sign-in forgets the account at once.
	 */
	@Transactional
	public Profile update(Actor actor, String username, AccountChange change) {
		if (!actor.has(Role.ADMIN)) {
			throw Problem.forbidden("user.admin-only");
		}
		Profile current = this.jdbc.sql(PROFILE + " where u.username = ? for update of u")
			.param(username)
			.query(PROFILE_ROW)
			.optional()
			.orElseThrow(() -> Problem.notFound("user.not-found", username));
		String displayName = current.displayName();
		if (change.displayName() != null) {
			if (change.displayName().isBlank()) {
				throw Problem.invalid("request.required", "displayName");
			}
			displayName = change.displayName().trim();
		}
		Set<Role> granted = (change.roles() != null) ? roles(change.roles()) : current.roles();
		UnitId unit = current.unitId();
		if (change.unitGiven()) {
			unit = (change.unitId() != null) ? this.organisation.unit(new UnitId(change.unitId()))
				.map(HandlingUnit::id)
				.orElseThrow(() -> Problem.invalid("user.unknown-unit", change.unitId())) : null;
		}
		if (unit == null && granted.contains(Role.HANDLER)) {
			throw Problem.invalid("user.handler-unit");
		}
		boolean enabled = (change.enabled() != null) ? change.enabled() : current.enabled();
		boolean self = actor.username().equals(username);
		if (self && !enabled) {
			throw Problem.invalid("user.self-disable");
		}
		if (self && !granted.contains(Role.ADMIN)) {
			throw Problem.invalid("user.self-admin");
		}
		if (change.password() != null) {
			PasswordRule.check(change.password(), username);
		}
		List<String> changes = new ArrayList<>();
		if (!displayName.equals(current.displayName())) {
			changes.add("displayName");
		}
		if (!granted.equals(current.roles())) {
			changes.add("roles " + granted);
		}
		if (!Objects.equals(unit, current.unitId())) {
			changes.add("unit " + ((unit != null) ? unit.value() : "none"));
		}
		if (enabled != current.enabled()) {
			changes.add(enabled ? "enabled" : "disabled");
		}
		if (change.password() != null) {
			changes.add("password reset");
		}
		if (changes.isEmpty()) {
			return current;
		}
		String[] names = granted.stream().map(Role::name).toArray(String[]::new);
		this.jdbc.sql("update app_user set display_name = ?, roles = ?, unit_id = ?, enabled = ? where username = ?")
			.params(displayName, names, (unit != null) ? unit.value() : null, enabled, username)
			.update();
		if (change.password() != null) {
			this.jdbc.sql("update app_user set password_hash = ? where username = ?")
				.params(this.encoder.encode(change.password()), username)
				.update();
		}
		this.audit.record(actor.username(), "user.update", "user:" + username, "OK", String.join(", ", changes));
		// again once committed: a view read meanwhile may have remembered the old name
		this.displayNames.forget(username);
		AfterCommit.run(() -> this.displayNames.forget(username));
		this.events.publishEvent(new AccountChanged(username));
		return profile(username).orElseThrow();
	}

	/** Stores an account as given; the callers have checked it. */
	void add(String username, String displayName, String password, Set<Role> roles, UnitId unit) {
		String[] names = roles.stream().map(Role::name).toArray(String[]::new);
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, roles, unit_id)
				values (?, ?, ?, ?, ?)""")
			.params(username, this.encoder.encode(password), displayName, names, (unit != null) ? unit.value() : null)
			.update();
		this.displayNames.forget(username);
	}

	private static Set<Role> roles(Collection<String> names) {
		if (names == null || names.isEmpty()) {
			throw Problem.invalid("user.roles-required", List.of(Role.values()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			try {
				roles.add(Role.valueOf(String.valueOf(name).trim().toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			throw Problem.invalid("user.unknown-roles", unknown, List.of(Role.values()));
		}
		return roles;
	}

}
