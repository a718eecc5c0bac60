package io.hotline.cti;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cti module's API for other modules (forecasting, staffing): the platform's own
 * history of contacts per interval, Beijing time, every interval of the days included
 * (those without calls as 0). No role is checked: the calling module answers for who sees
 * what it makes of them.
 */
@Service
public class ContactHistory {

	/** The longest history asked at once. */
	static final int MOST_DAYS = 3 * 366;

	private final CtiFigures figures;

	private final java.time.Clock clock;

	ContactHistory(CtiFigures figures, java.time.Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * The calls offered per interval of {@code minutes} (5, 15 or 30) from the start of
	 * {@code from} to the end of {@code to}, of one queue or all (null).
	 */
	@Transactional(readOnly = true)
	public List<Offered> offered(LocalDate from, LocalDate to, int minutes, String queue) {
		return this.figures.intervals(period(from, to, minutes), queue, false)
			.stream()
			.map((interval) -> new Offered(interval.start(), interval.figures().offered()))
			.toList();
	}

	/**
	 * Every figure per interval (answered, abandoned, handling time…): what staffing
	 * needs besides the volume.
	 */
	@Transactional(readOnly = true)
	public List<Interval> intervals(LocalDate from, LocalDate to, int minutes, String queue) {
		return this.figures.intervals(period(from, to, minutes), queue, true);
	}

	private Period period(LocalDate from, LocalDate to, int minutes) {
		return Period.of(from.toString(), to.toString(), Integer.toString(minutes), this.clock.instant(), MOST_DAYS);
	}

	/** The calls offered in the interval starting at {@code start}. */
	public record Offered(LocalDateTime start, int calls) {

	}

}
