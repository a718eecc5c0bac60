package io.hotline.org;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tree of handling units (承办单位) and the divisions each is responsible for. */
@Service
public class Organisation {

	private static final RowMapper<HandlingUnit> UNIT = (rs, n) -> new HandlingUnit(new UnitId(rs.getLong("id")),
			rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
			UnitId.of((Long) rs.getObject("parent_id")));

	private final JdbcClient jdbc;

	Organisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<HandlingUnit> units() {
		return this.jdbc.sql("select * from handling_unit where active order by path").query(UNIT).list();
	}

	/** A unit with whether it is active, for an administrator. */
	public record Listing(HandlingUnit unit, boolean active) {

	}

	/** Every unit, inactive ones too, by path. */
	public List<Listing> allUnits() {
		return this.jdbc.sql("select * from handling_unit order by path")
			.query((rs, n) -> new Listing(UNIT.mapRow(rs, n), rs.getBoolean("active")))
			.list();
	}

	public Optional<Listing> listing(UnitId id) {
		return this.jdbc.sql("select * from handling_unit where id = ?")
			.param(id.value())
			.query((rs, n) -> new Listing(UNIT.mapRow(rs, n), rs.getBoolean("active")))
			.optional();
	}

	public Optional<HandlingUnit> unit(UnitId id) {
		return this.jdbc.sql("select * from handling_unit where id = ?").param(id.value()).query(UNIT).optional();
	}

	public Optional<HandlingUnit> unitByCode(String code) {
		return this.jdbc.sql("select * from handling_unit where code = ?").param(code).query(UNIT).optional();
	}

	/**
	 * The active units among these ids; an id that names no active unit is missing from
	 * the answer.
	 */
	public List<HandlingUnit> activeUnits(Collection<UnitId> ids) {
		Long[] values = ids.stream().map(UnitId::value).toArray(Long[]::new);
		return this.jdbc.sql("select * from handling_unit where active and id = any(?)")
			.param(values)
			.query(UNIT)
			.list();
	}

	/** The unit and every unit below it. */
	public Set<UnitId> subtree(UnitId root) {
		return new HashSet<>(this.jdbc.sql("""
				select u.id from handling_unit u, handling_unit r
				where r.id = ? and u.path like r.path || '%'""")
			.param(root.value())
			.query((rs, n) -> new UnitId(rs.getLong(1)))
			.list());
	}

	/**
	 * The unit of this type responsible for the division (or for the nearest division
	 * above it that has one): the street office of the street a community lies in, say.
	 */
	public Optional<HandlingUnit> responsibleUnit(UnitType type, String divisionCode) {
		if (divisionCode == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select u.* from handling_unit u join unit_division d on d.unit_id = u.id
				where u.active and u.type = ? and ? like d.division_code || '%'
				order by length(d.division_code) desc, u.id limit 1""")
			.param(type.name())
			.param(divisionCode)
			.query(UNIT)
			.optional();
	}

	/**
	 * Adds a unit under its parent (none for a root), responsible for the given
	 * divisions.
	 */
	@Transactional
	public HandlingUnit create(String code, String name, UnitType type, UnitId parent, Collection<String> divisions) {
		long id = this.jdbc
			.sql("insert into handling_unit (code, name, type, parent_id) values (?, ?, ?, ?) returning id")
			.params(code, name, type.name(), parent == null ? null : parent.value())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update handling_unit set path = coalesce((select p.path from handling_unit p where p.id = ?), '/')
					|| id || '/' where id = ?""").params(parent == null ? null : parent.value(), id).update();
		for (String division : divisions) {
			this.jdbc.sql("insert into unit_division (unit_id, division_code) values (?, ?)")
				.params(id, division)
				.update();
		}
		return new HandlingUnit(new UnitId(id), code, name, type, parent);
	}

	/**
	 * Moves a unit, with its whole subtree, under another parent (none: a root). The
	 * caller has checked that the parent is not in the unit's subtree; moves are
	 * serialised against every other change of the tree, so that paths stay right.
	 */
	@Transactional
	public void move(UnitId unit, UnitId parent) {
		lockTree();
		String oldPath = path(unit);
		String newPath = ((parent != null) ? path(parent) : "/") + unit.value() + "/";
		this.jdbc.sql("update handling_unit set parent_id = ? where id = ?")
			.params((parent != null) ? parent.value() : null, unit.value())
			.update();
		this.jdbc.sql("update handling_unit set path = ? || substr(path, ?) where path like ? || '%'")
			.params(newPath, oldPath.length() + 1, oldPath)
			.update();
	}

	/**
	 * Keeps every other change of the tree out until the transaction ends: a move checks
	 * and rewrites paths under it.
	 */
	@Transactional
	public void lockTree() {
		this.jdbc.sql("lock table handling_unit in share row exclusive mode").update();
	}

	public void rename(UnitId unit, String name) {
		this.jdbc.sql("update handling_unit set name = ? where id = ?").params(name, unit.value()).update();
	}

	public void activate(UnitId unit, boolean active) {
		this.jdbc.sql("update handling_unit set active = ? where id = ?").params(active, unit.value()).update();
	}

	/** Whether any active unit lies below this one. */
	public boolean hasActiveDescendants(UnitId unit) {
		return this.jdbc.sql("""
				select exists (select 1 from handling_unit u, handling_unit r
				where r.id = ? and u.id <> r.id and u.active and u.path like r.path || '%')""")
			.param(unit.value())
			.query(Boolean.class)
			.single();
	}

	public Set<String> divisions(UnitId unit) {
		return new LinkedHashSet<>(
				this.jdbc.sql("select division_code from unit_division where unit_id = ? order by division_code")
					.param(unit.value())
					.query(String.class)
					.list());
	}

	/** Makes the unit responsible for exactly these divisions. */
	public void replaceDivisions(UnitId unit, Collection<String> divisions) {
		this.jdbc.sql("delete from unit_division where unit_id = ?").param(unit.value()).update();
		for (String division : divisions) {
			this.jdbc.sql("insert into unit_division (unit_id, division_code) values (?, ?)")
				.params(unit.value(), division)
				.update();
		}
	}

	private String path(UnitId unit) {
		return this.jdbc.sql("select path from handling_unit where id = ?")
			.param(unit.value())
			.query(String.class)
			.single();
	}

}
