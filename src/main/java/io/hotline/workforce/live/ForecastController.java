package io.hotline.workforce.live;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The day's forecast against the actual calls and the agents needed per interval, as JSON
 * and as CSV.
 */
@RestController
class ForecastController {

	private static final MessageSource TEXTS = texts();

	private final LiveForecast forecast;

	ForecastController(LiveForecast forecast) {
		this.forecast = forecast;
	}

	@GetMapping("/api/workforce/forecast")
	DayOutlook forecast(@RequestParam(required = false) String date, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String queue, Actor actor) {
		actor.requireAny(Role.SUPERVISOR, Role.ADMIN, Role.ANALYST);
		DayOutlook outlook = this.forecast.day(date(date), minutes(minutes), queue(queue));
		if (outlook.explanation() == null) {
			return outlook;
		}
		String text = TEXTS.getMessage(outlook.explanation(), new Object[] { outlook.historyWeeks() },
				LocaleContextHolder.getLocale());
		return new DayOutlook(outlook.date(), outlook.minutes(), outlook.queue(), outlook.historyWeeks(),
				outlook.method(), outlook.backtestMape(), outlook.handlingSeconds(), outlook.serviceLevelPercent(),
				outlook.serviceLevelSeconds(), outlook.shrinkage(), text, outlook.rows());
	}

	@GetMapping("/api/workforce/forecast/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String date,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String queue, Actor actor) {
		DayOutlook outlook = forecast(date, minutes, queue, actor);
		StringBuilder csv = new StringBuilder("\uFEFFinterval_start,forecast,actual,reforecast,agents,scheduled\n");
		for (ForecastRow row : outlook.rows()) {
			csv.append(row.start())
				.append(',')
				.append(cell(row.forecast()))
				.append(',')
				.append(cell(row.actual()))
				.append(',')
				.append(cell(row.reforecast()))
				.append(',')
				.append(cell(row.agents()))
				.append(',')
				.append(cell(row.scheduled()))
				.append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"forecast-" + outlook.date() + "-" + outlook.minutes() + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String cell(Object value) {
		return Objects.toString(value, "");
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("workforce.forecast.date-required");
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				throw Problem.invalid("workforce.forecast.bad-date", text);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("workforce.forecast.bad-date", text);
		}
	}

	private static int minutes(String text) {
		if (text == null || text.isBlank()) {
			return 30;
		}
		return switch (text.strip()) {
			case "15" -> 15;
			case "30" -> 30;
			default -> throw Problem.invalid("workforce.forecast.bad-minutes", text);
		};
	}

	private static String queue(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > 100) {
			throw Problem.invalid("workforce.forecast.bad-queue");
		}
		return text.strip();
	}

	private static MessageSource texts() {
		ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
		texts.setBasenames("i18n/problems");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
		texts.setAlwaysUseMessageFormat(true);
		texts.setUseCodeAsDefaultMessage(true);
		return texts;
	}

}
