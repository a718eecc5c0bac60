package io.hotline.analytics.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import org.xml.sax.InputSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports' templates: XHTML with {@code {{placeholder}}}s ({@code title},
 * {@code generatedAt}, {@code narrative}, {@code kpiTable}, {@code volumeChart},
 * {@code categoryChart}, {@code rankingTable}, {@code alerts}, {@code cases}). The
 * built-in one serves until an administrator saves another for a kind; a template that is
 * not well-formed XHTML is refused with the parser's reason.
 */
@Component
class ReportTemplates {

	static final int MOST_CHARS = 100_000;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReportTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	String template(String kind) {
		return this.jdbc.sql("select body from report_template where kind = ?")
			.param(kind)
			.query(String.class)
			.optional()
			.orElseGet(ReportTemplates::builtIn);
	}

	void save(String kind, String body, Actor actor) {
		actor.requireAny(Role.ADMIN);
		if (body == null || body.isBlank()) {
			throw Problem.invalid("report.template-required");
		}
		if (body.length() > MOST_CHARS) {
			throw Problem.invalid("report.template-too-long", MOST_CHARS);
		}
		check(body);
		this.jdbc.sql("""
				insert into report_template (kind, body, updated_by, updated_at) values (?, ?, ?, ?)
				on conflict (kind) do update set body = excluded.body, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at""")
			.params(kind, body, actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor.username(), "REPORT_TEMPLATE", kind, "OK", body.length() + " characters");
	}

	void reset(String kind, Actor actor) {
		actor.requireAny(Role.ADMIN);
		this.jdbc.sql("delete from report_template where kind = ?").param(kind).update();
		this.audit.record(actor.username(), "REPORT_TEMPLATE", kind, "OK", "built-in template again");
	}

	/** The template with its placeholders filled; unknown ones are left empty. */
	static String fill(String template, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** Well-formed XML, no DTD fetched or expanded: the PDF renderer reads XHTML. */
	static void check(String body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			builder.parse(new InputSource(new StringReader(body)));
		}
		catch (org.xml.sax.SAXException ex) {
			throw Problem.invalid("report.template-not-xhtml", ex.getMessage());
		}
		catch (javax.xml.parsers.ParserConfigurationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String builtIn() {
		try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/report.html")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
