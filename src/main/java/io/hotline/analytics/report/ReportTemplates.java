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

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportTemplates.class);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReportTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	String template(String kind) {
		return stored(kind).orElseGet(ReportTemplates::builtIn);
	}

	/**
	 * The template a report is made with: the stored one if it passes today's checks,
	 * otherwise the built-in one with a notice of why (a template stored before a check
	 * existed never takes the reports down).
	 */
	Template forReport(String kind) {
		java.util.Optional<String> stored = stored(kind);
		if (stored.isEmpty()) {
			return new Template(builtIn(), false);
		}
		try {
			check(stored.get());
			return new Template(stored.get(), false);
		}
		catch (Problem ex) {
			log.warn("the stored {} report template cannot be used, the built-in one serves: {}", kind,
					ex.getMessage());
			return fallback();
		}
	}

	static Template fallback() {
		return new Template(builtIn(), true);
	}

	private java.util.Optional<String> stored(String kind) {
		return this.jdbc.sql("select body from report_template where kind = ?")
			.param(kind)
			.query(String.class)
			.optional();
	}

	/**
	 * A template's text, and whether it stands in for a stored one that could not be
	 * used.
	 */
	record Template(String body, boolean fallback) {

		/**
		 * The notice a report made with the built-in template in place of another shows.
		 */
		static final String NOTICE = "<p class=\"notice\">已保存的报告模板无法使用（含有 DOCTYPE 实体声明或格式错误），本报告使用内置模板生成，请管理员修改模板。</p>";

		String fill(Map<String, String> values) {
			Map<String, String> all = new java.util.HashMap<>(values);
			all.put("notice", this.fallback ? NOTICE : "");
			return ReportTemplates.fill(this.body, all);
		}

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

	/**
	 * Well-formed XML without a DTD: the plain {@code <!DOCTYPE html>} of the built-in
	 * template is the only declaration allowed; any other (an internal subset with
	 * entities, as in a billion-laughs block, or an external DTD) is refused before the
	 * parser sees it, and the parser itself refuses DTDs (secure processing, no doctype
	 * declaration, no external entities) should one slip past.
	 */
	static void check(String body) {
		Matcher doctype = DOCTYPE.matcher(body);
		while (doctype.find()) {
			if (!HTML5_DOCTYPE.matcher(body).region(doctype.start(), body.length()).lookingAt()) {
				throw Problem.invalid("report.template-doctype");
			}
		}
		if (ENTITY.matcher(body).find()) {
			throw Problem.invalid("report.template-doctype");
		}
		try {
			parse(body, false);
		}
		catch (org.xml.sax.SAXException ex) {
			throw Problem.invalid("report.template-not-xhtml", ex.getMessage());
		}
	}

	/**
	 * The report's XHTML as a document, read by a parser that takes no DTD (secure
	 * processing, no doctype declaration, no external entities, no XInclude): the PDF
	 * renderer lays out this document, never a text its own parser would read.
	 */
	static org.w3c.dom.Document xhtml(String html) throws org.xml.sax.SAXException {
		return parse(html, true);
	}

	private static org.w3c.dom.Document parse(String body, boolean namespaces) throws org.xml.sax.SAXException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(namespaces);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			// the one declaration allowed, blanked out: the parser takes none
			return builder.parse(new InputSource(new StringReader(HTML5_DOCTYPE.matcher(body).replaceAll(""))));
		}
		catch (javax.xml.parsers.ParserConfigurationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML5_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+html\\s*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);

	static String builtIn() {
		try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/report.html")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
