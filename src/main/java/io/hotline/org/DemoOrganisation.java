package io.hotline.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's organisation: the centre, the departments and utilities listed in
 * {@code org/demo-units.csv}, the jurisdiction's real cities, districts and streets as
 * units responsible for their divisions, and the demo users of
 * {@code org/demo-users.csv}. Communities get no unit: there are too many, and a street
 * office answers for its own.
 */
@Component
class DemoOrganisation {

	private final Organisation organisation;

	private final Divisions divisions;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final HotlineProperties properties;

	DemoOrganisation(Organisation organisation, Divisions divisions, UserAccounts accounts, AuditTrail audit,
			JdbcClient jdbc, HotlineProperties properties) {
		this.organisation = organisation;
		this.divisions = divisions;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	boolean empty() {
		return !this.jdbc.sql("select exists (select 1 from handling_unit)").query(Boolean.class).single();
	}

	/** Seeds everything; the caller holds the transaction, so it is all or nothing. */
	void seed() {
		Division jurisdiction = this.divisions.division(this.properties.jurisdiction())
			.orElseThrow(() -> new IllegalStateException("The divisions of the jurisdiction are not loaded"));
		String prefix = DivisionUnits.displayName(jurisdiction, this.divisions);
		UnitId center = this.organisation.create("CENTER", "12345热线服务中心", UnitType.CENTER, null, Set.of()).id();
		for (String[] row : rows("org/demo-units.csv")) {
			UnitType type = UnitType.valueOf(row[2]);
			String name = (type == UnitType.DEPARTMENT) ? prefix + row[1] : row[1];
			this.organisation.create(row[0], name, type, center, Set.of());
		}
		int divisionUnits = new DivisionUnits(this.organisation, this.divisions).addBelow(center, jurisdiction);
		String password = this.properties.demo().password();
		for (String[] row : rows("org/demo-users.csv")) {
			UnitId unit = row[3].isBlank() ? null : this.organisation.unitByCode(row[3]).orElseThrow().id();
			this.accounts.add(row[0], row[1], password, Set.of(Role.valueOf(row[2])), unit);
		}
		this.audit.record("system", "organisation.seed-demo", "jurisdiction:" + jurisdiction.code(), "OK",
				divisionUnits + " division units");
	}

	/**
	 * The data rows of a small CSV resource: no header, no {@code #} comments, no quotes.
	 */
	static List<String[]> rows(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.skip(1)
				.map((line) -> line.split(",", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
