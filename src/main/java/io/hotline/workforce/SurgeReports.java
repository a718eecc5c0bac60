package io.hotline.workforce;

import java.time.Instant;
import java.util.List;

/**
 * The workforce module's report of this hotline's surge for others (the province's view
 * of help in a surge, 多援一): whether a surge is on, the answer rate of the last 15 and 60
 * minutes, the agents signed in by seat, the partner hotlines helping and the calls they
 * answered, and the help this hotline asks for.
 */
public interface SurgeReports {

	/** The report now; reads only. */
	SurgeReport now();

	/**
	 * A hotline's surge now. {@code helpWanted}: the agents it asks other hotlines for
	 * (null: it asks for none).
	 */
	record SurgeReport(boolean on, Instant since, Long offered, Double forecast, Double answerRate15,
			Double answerRate60, int offered60, int answered60, int centre, int cloud, int partner,
			List<Helper> helpers, Integer helpWanted, String helpNote, Instant helpAskedAt, Instant at) {

	}

	/**
	 * A partner hotline helping: its agents signed in now and the calls they answered in
	 * the last hour.
	 */
	record Helper(String partner, int agents, long answered) {

	}

}
