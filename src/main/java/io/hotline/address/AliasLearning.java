package io.hotline.address;

import java.util.Arrays;
import java.util.Optional;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learns local names from addresses whose place a person confirmed: the compound, road or
 * landmark that the official names do not explain (天河石牌那边华师小区 confirmed as 华南师范大学社区
 * teaches 华师小区) is counted for the confirmed division, and becomes an alias in force once
 * {@code hotline.address.learn-after} confirmations agree. A confirmation naming another
 * division takes one back (or, from a single one, moves the name); administrators'
 * aliases are never changed by learning.
 */
@Service
public class AliasLearning {

	private static final String LEARNER = "learning";

	private final JdbcClient jdbc;

	private final AliasDirectory directory;

	private final NationalGazetteer gazetteer;

	private final AuditTrail audit;

	private final String jurisdiction;

	AliasLearning(JdbcClient jdbc, AliasDirectory directory, NationalGazetteer gazetteer, AuditTrail audit,
			HotlineProperties properties) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.gazetteer = gazetteer;
		this.audit = audit;
		this.jurisdiction = properties.jurisdiction();
	}

	/**
	 * Counts the address's local name for the confirmed place.
	 * @param addressText what the citizen said
	 * @param confirmed the codes a person confirmed; the finest one is learned
	 * @return the local name and its state, or empty when there was nothing to learn
	 */
	@Transactional
	public Optional<Learned> learn(String addressText, ResolvedAddress confirmed) {
		Gazetteer divisions = this.gazetteer.get();
		int division = divisions.indexOf(finest(confirmed));
		if (addressText == null || division < 0) {
			return Optional.empty();
		}
		boolean[] recognised = recognised(addressText, divisions, division);
		return LocalNames.last(addressText, recognised)
			.filter((name) -> name.length() <= AddressAliases.LONGEST && divisions.forms().find(name) < 0)
			.flatMap((name) -> count(name, divisions.code(division)));
	}

	private Optional<Learned> count(String name, String code) {
		return this.jdbc.sql("""
				insert into address_alias (alias, division_code, source, confirmations, created_by, updated_by)
				values (:alias, :code, 'LEARNED', 1, :learner, :learner)
				on conflict (alias) do update set
				  confirmations = case when address_alias.division_code = excluded.division_code
				    then address_alias.confirmations + 1 else greatest(1, address_alias.confirmations - 1) end,
				  division_code = case when address_alias.confirmations <= 1 then excluded.division_code
				    else address_alias.division_code end,
				  updated_at = now(), updated_by = :learner
				where address_alias.source = 'LEARNED'
				returning id, division_code, confirmations""")
			.param("alias", name)
			.param("code", code)
			.param("learner", LEARNER)
			.query((rs, n) -> new Learned(name, rs.getString("division_code"), rs.getInt("confirmations"),
					rs.getInt("confirmations") >= this.directory.learnAfter()))
			.optional()
			.map((learned) -> {
				if (learned.confirmations() == this.directory.learnAfter()) {
					this.audit.record(LEARNER, "address.alias.learn", "address-alias:" + name, "OK",
							name + " → " + learned.code());
				}
				this.directory.changed();
				return learned;
			});
	}

	/**
	 * Which characters name the confirmed division or a division above it, or an alias.
	 */
	private boolean[] recognised(String text, Gazetteer divisions, int confirmed) {
		boolean[] recognised = new boolean[text.length()];
		Evidence evidence = Evidence.in(text, divisions, AliasTable.EMPTY,
				Jurisdiction.of(divisions, this.jurisdiction));
		for (Span span : evidence.spans()) {
			for (int up = confirmed; up >= 0; up = divisions.parent(up)) {
				if (evidence.mention(span, up) != null) {
					Arrays.fill(recognised, span.start(), span.end(), true);
				}
			}
		}
		return recognised;
	}

	private static String finest(ResolvedAddress confirmed) {
		if (confirmed == null) {
			return null;
		}
		return (confirmed.communityCode() != null) ? confirmed.communityCode()
				: (confirmed.streetCode() != null) ? confirmed.streetCode() : confirmed.districtCode();
	}

	/** A local name counted for a division, and whether it is an alias in force now. */
	public record Learned(String alias, String code, int confirmations, boolean active) {

	}

}
