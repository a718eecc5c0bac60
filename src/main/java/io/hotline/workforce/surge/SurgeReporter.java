package io.hotline.workforce.surge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.hotline.cti.CtiFigures;
import io.hotline.cti.Figures;
import io.hotline.cti.SeatTallies;
import io.hotline.workforce.SurgeReports;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SurgeReports} from what the surge's last check stored, the calls of the last 15
 * and 60 minutes, the seats of the last hour and the open ask for help.
 */
@Component
class SurgeReporter implements SurgeReports {

	private final SurgeTrigger trigger;

	private final CtiFigures figures;

	private final SeatTallies seats;

	private final HelpAsked help;

	private final Clock clock;

	SurgeReporter(SurgeTrigger trigger, CtiFigures figures, SeatTallies seats, HelpAsked help, Clock clock) {
		this.trigger = trigger;
		this.figures = figures;
		this.seats = seats;
		this.help = help;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public SurgeReport now() {
		Instant now = this.clock.instant();
		SurgeStatus status = this.trigger.status();
		Figures last15 = this.figures.window(now.minus(Duration.ofMinutes(15)), now, null);
		Figures last60 = this.figures.window(now.minus(Duration.ofMinutes(60)), now, null);
		SurgeStatus.Seats seats = SurgeStatus.Seats.of(this.seats.tally(now.minus(Duration.ofMinutes(60)), now));
		HelpAsked.Ask ask = this.help.open().orElse(null);
		return new SurgeReport(status.on(), status.since(), status.offered(), status.forecast(), last15.answerRate(),
				last60.answerRate(), last60.offered(), last60.answered(), seats.centre(), seats.cloud(),
				seats.partner(), seats.partners(), (ask == null) ? null : ask.agents(),
				(ask == null) ? null : ask.note(), (ask == null) ? null : ask.askedAt(), now);
	}

}
