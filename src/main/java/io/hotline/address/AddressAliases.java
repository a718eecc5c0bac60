package io.hotline.address;

import java.time.Instant;
import java.util.List;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aliases that administrators write and edit; each change is audited and in force at
 * once. Learned aliases ({@link AliasLearning}) are listed and edited here too: an edit
 * makes one an administrator's.
 */
@Service
public class AddressAliases {

	static final int LONGEST = 32;

	private static final String COLUMNS = "id, alias, division_code, source, confirmations, created_at, created_by, "
			+ "updated_at, updated_by";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AliasDirectory directory;

	private final NationalGazetteer gazetteer;

	AddressAliases(JdbcClient jdbc, AuditTrail audit, AliasDirectory directory, NationalGazetteer gazetteer) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.directory = directory;
		this.gazetteer = gazetteer;
	}

	/** Every alias, learned ones not yet in force included, by alias. */
	public List<Alias> aliases(Actor actor) {
		actor.requireAny(Role.ADMIN);
		return this.jdbc.sql("select " + COLUMNS + " from address_alias order by alias").query(this::alias).list();
	}

	@Transactional
	public Alias create(String alias, String code, Actor actor) {
		actor.requireAny(Role.ADMIN);
		Checked checked = valid(alias, code);
		long id;
		try {
			id = this.jdbc.sql("""
					insert into address_alias (alias, division_code, source, confirmations, created_by, updated_by)
					values (?, ?, 'ADMIN', 0, ?, ?) returning id""")
				.params(checked.alias(), checked.code(), actor.username(), actor.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("address.alias-exists", checked.alias());
		}
		return changed(id, "address.alias.create", actor, checked);
	}

	/** Rewrites an alias; a learned one becomes an administrator's. */
	@Transactional
	public Alias update(long id, String alias, String code, Actor actor) {
		actor.requireAny(Role.ADMIN);
		Checked checked = valid(alias, code);
		int updated;
		try {
			updated = this.jdbc.sql("""
					update address_alias set alias = ?, division_code = ?, source = 'ADMIN', updated_at = now(),
					updated_by = ? where id = ?""")
				.params(checked.alias(), checked.code(), actor.username(), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("address.alias-exists", checked.alias());
		}
		if (updated == 0) {
			throw Problem.notFound("address.alias-not-found", id);
		}
		return changed(id, "address.alias.update", actor, checked);
	}

	@Transactional
	public void delete(long id, Actor actor) {
		actor.requireAny(Role.ADMIN);
		Alias alias = find(id);
		this.jdbc.sql("delete from address_alias where id = ?").param(id).update();
		this.audit.record(actor.username(), "address.alias.delete", "address-alias:" + id, "OK",
				alias.alias() + " → " + alias.code());
		this.directory.changed();
	}

	private Alias changed(long id, String action, Actor actor, Checked checked) {
		this.audit.record(actor.username(), action, "address-alias:" + id, "OK",
				checked.alias() + " → " + checked.code());
		this.directory.changed();
		return find(id);
	}

	private Alias find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from address_alias where id = ?")
			.param(id)
			.query(this::alias)
			.optional()
			.orElseThrow(() -> Problem.notFound("address.alias-not-found", id));
	}

	private Checked valid(String alias, String code) {
		String text = (alias == null) ? "" : alias.strip();
		if (text.length() < 2 || text.length() > LONGEST) {
			throw Problem.invalid("address.bad-alias", LONGEST);
		}
		String division = (code == null) ? "" : code.strip();
		if (this.gazetteer.get().indexOf(division) < 0) {
			throw Problem.invalid("address.unknown-division", division);
		}
		return new Checked(text, division);
	}

	private Alias alias(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String code = rs.getString("division_code");
		String source = rs.getString("source");
		int confirmations = rs.getInt("confirmations");
		int division = this.gazetteer.get().indexOf(code);
		return new Alias(rs.getLong("id"), rs.getString("alias"), code,
				(division < 0) ? null : Verdict.place(this.gazetteer.get(), division), source, confirmations,
				"ADMIN".equals(source) || confirmations >= this.directory.learnAfter(),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private record Checked(String alias, String code) {

	}

	/**
	 * An alias as administrators see it.
	 *
	 * @param place the division it names, with the levels above
	 * @param active whether recognition uses it now
	 */
	public record Alias(long id, String alias, String code, AddressRecognition.Place place, String source,
			int confirmations, boolean active, Instant createdAt, String createdBy, Instant updatedAt,
			String updatedBy) {

	}

}
