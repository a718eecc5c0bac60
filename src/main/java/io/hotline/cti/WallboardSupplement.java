package io.hotline.cti;

import java.time.Instant;
import java.util.List;

/**
 * What another module adds to the wallboard (the workforce module: adherence to the
 * roster, the day against its forecast, and their alerts): a bean implementing it is
 * asked each time the wallboard is; each part null or empty where it has none.
 */
public interface WallboardSupplement {

	default Wallboard.Adherence adherence(Instant now, List<AgentState> agents) {
		return null;
	}

	default Wallboard.ForecastComparison forecast(Instant now, String queue) {
		return null;
	}

	default List<Wallboard.Alert> alerts(Instant now, String queue, Wallboard.Adherence adherence,
			Wallboard.ForecastComparison forecast) {
		return List.of();
	}

}
