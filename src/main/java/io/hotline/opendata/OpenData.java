package io.hotline.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data export: the orders closed in a month (China Standard Time), without
 * personal data.
 */
@Service
public class OpenData {

	static final ZoneId ZONE = WorkingCalendar.ZONE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	OpenData(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The month as written {@code 2026-10}; a 400 problem otherwise. */
	public static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("request.required", "month");
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("open-data.bad-month", text);
		}
	}

	public List<OpenDataOrder> orders(YearMonth month, Actor actor) {
		actor.requireAny(Role.ANALYST, Role.SUPERVISOR);
		return orders(month);
	}

	@Transactional(readOnly = true)
	List<OpenDataOrder> orders(YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
		return this.jdbc.sql("""
				select o.number, o.category_code, c.path_name, o.type, o.channel, o.district_code,
				d.name as district_name, o.street_code, s.name as street_name, o.created_at, o.closed_at,
				o.satisfaction, u.name as unit_name
				from work_order o left join category c on c.code = o.category_code
				left join division d on d.code = o.district_code left join division s on s.code = o.street_code
				left join handling_unit u on u.id = o.main_unit_id
				where o.status = 'CLOSED' and o.closed_at >= ? and o.closed_at < ? order by o.closed_at, o.id""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> {
				Instant created = rs.getTimestamp("created_at").toInstant();
				Instant closed = rs.getTimestamp("closed_at").toInstant();
				double days = Math.round(Math.max(0, this.calendar.workingDaysBetween(created, closed)) * 100) / 100.0;
				return new OpenDataOrder(rs.getString("number"), rs.getString("category_code"),
						rs.getString("path_name"), rs.getString("type"), rs.getString("channel"),
						rs.getString("district_code"), rs.getString("district_name"), rs.getString("street_code"),
						rs.getString("street_name"), time(created), time(closed), days, rs.getString("satisfaction"),
						rs.getString("unit_name"));
			})
			.list();
	}

	/** CSV (RFC 4180, UTF-8, a header row). */
	public static String csv(List<OpenDataOrder> orders) {
		StringBuilder csv = new StringBuilder(String.join(",", OpenDataOrder.COLUMNS)).append("\r\n");
		for (OpenDataOrder order : orders) {
			Object[] values = order.values();
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				csv.append(field(values[i]));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	/** JSON: {@code {month, count, orders:[...]}}. */
	public static String json(YearMonth month, List<OpenDataOrder> orders) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("month", month.toString());
		document.put("count", orders.size());
		document.put("orders", orders);
		return JSON.writeValueAsString(document);
	}

	/**
	 * Writes {@code orders-YYYY-MM.csv} and {@code orders-YYYY-MM.json} into the folder.
	 */
	public List<Path> write(YearMonth month, Path folder) throws IOException {
		List<OpenDataOrder> orders = orders(month);
		Files.createDirectories(folder);
		Path csv = folder.resolve("orders-" + month + ".csv");
		Path json = folder.resolve("orders-" + month + ".json");
		Files.writeString(csv, csv(orders), StandardCharsets.UTF_8);
		Files.writeString(json, json(month, orders), StandardCharsets.UTF_8);
		return List.of(csv, json);
	}

	private static String time(Instant at) {
		return OffsetDateTime.ofInstant(at, ZONE).toString();
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
