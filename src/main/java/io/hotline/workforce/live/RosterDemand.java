package io.hotline.workforce.live;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.hotline.workforce.roster.web.ForecastDemand;

import org.springframework.stereotype.Component;

/**
 * A roster's demand from the contact forecast: each day of the month forecast from the
 * weeks of calls before it (before today for a month ahead), staffed by Erlang C for the
 * service level of the settings, shrinkage included ({@link LiveForecast#ahead}).
 */
@Component
class RosterDemand implements ForecastDemand {

	private final LiveForecast forecast;

	RosterDemand(LiveForecast forecast) {
		this.forecast = forecast;
	}

	@Override
	public List<Need> month(YearMonth month, int minutes) {
		List<Need> needs = new ArrayList<>();
		for (DayOutlook day : this.forecast.ahead(month.atDay(1), month.atEndOfMonth(), minutes, null)) {
			for (ForecastRow row : day.rows()) {
				if (row.scheduled() != null) {
					needs.add(new Need(row.start(), row.scheduled()));
				}
			}
		}
		return needs;
	}

}
