package io.hotline.intake.duplicate;

import java.util.ArrayList;
import java.util.List;

import io.hotline.workorder.EventType;
import io.hotline.workorder.FlagKind;
import io.hotline.workorder.OrderFlags;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineEvent;
import io.hotline.workorder.WorkOrder;

import org.springframework.stereotype.Component;

/**
 * 投诉—反馈—未解决—再投诉 within one order: an order reopened by its callback (重办)
 * {@link DuplicateSettings#loopReopenings()} times or more is flagged {@code REPEAT_LOOP}
 * (rule {@code reopened-again}) with each reply and callback that went round, and
 * supervised like a repeat complaint. A first reopening is the supervision monitors'
 * (REOPENED, DISSATISFIED) alone.
 */
@Component
class ReopenedLoops {

	/** The characters of each reply and callback note quoted. */
	static final int QUOTED = 40;

	private final OrderFlags flags;

	private final RegistrationChecks checks;

	private final DuplicateSettings settings;

	ReopenedLoops(OrderFlags flags, RegistrationChecks checks, DuplicateSettings settings) {
		this.flags = flags;
		this.checks = checks;
		this.settings = settings;
	}

	/** Looks at an order that has just changed: flags it where it goes round. */
	void changed(WorkOrder order) {
		if (order.status() != Status.REOPENED) {
			return;
		}
		List<TimelineEvent> rounds = order.timeline()
			.stream()
			.filter((e) -> e.type() == EventType.REPLIED || e.type() == EventType.REOPENED)
			.toList();
		long reopenings = rounds.stream().filter((e) -> e.type() == EventType.REOPENED).count();
		if (reopenings < this.settings.loopReopenings()) {
			return;
		}
		List<String> history = new ArrayList<>();
		for (TimelineEvent round : rounds) {
			history.add(String.format("%s %s：%s", Notes.DAY.format(round.at()),
					(round.type() == EventType.REPLIED) ? "答复" : "回访重办", quote(round.note())));
		}
		String note = String.format("重办 %d 次仍未解决：%s", reopenings, String.join("；", history));
		io.hotline.platform.Fact fact = io.hotline.platform.Fact.of("note.reopened-loop", reopenings);
		this.flags.raise(order.id(), FlagKind.REPEAT_LOOP, "reopened-again", List.of("重办 " + reopenings + " 次"), note,
				fact, (double) reopenings, null, "system");
		this.checks.superviseRepeat(order, note, fact);
	}

	private static String quote(String text) {
		if (text == null || text.isBlank()) {
			return "（无说明）";
		}
		String flat = text.strip().replaceAll("\\s+", " ");
		return (flat.length() > QUOTED) ? flat.substring(0, QUOTED) + "…" : flat;
	}

}
