package io.hotline.quality;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.hotline.org.Actor;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.ListParameters;
import io.hotline.platform.Problem;
import io.hotline.platform.export.TableDownload;
import io.hotline.platform.export.TableFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Score cards and the inspections behind them: filtered, sorted, paged and exported (CSV,
 * Excel), each within the reader's sight.
 */
@RestController
@RequestMapping("/api/quality")
class ScoreController {

	private static final int EXPORTED = 10_000;

	private final Scorecards scorecards;

	private final Inspections inspections;

	private final AuditTrail audit;

	ScoreController(Scorecards scorecards, Inspections inspections, AuditTrail audit) {
		this.scorecards = scorecards;
		this.inspections = inspections;
		this.audit = audit;
	}

	@GetMapping("/scores")
	Scorecards.Page<Scorecards.Card> scores(@RequestParam(required = false) String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String team,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.scorecards.cards(by, new Scorecards.Filter(from, to, agent, team, null, null, null),
				ListParameters.of(sort, dir, offset, limit, Scorecards.cardSorts(), "key", false, 50, 500), actor);
	}

	@GetMapping("/scores/export")
	ResponseEntity<StreamingResponseBody> exportScores(@RequestParam(required = false) String format,
			@RequestParam(required = false) String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agent,
			@RequestParam(required = false) String team, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		List<Scorecards.Card> cards = this.scorecards
			.cards(by, new Scorecards.Filter(from, to, agent, team, null, null, null),
					ListParameters.of(sort, dir, null, null, Scorecards.cardSorts(), "key", false, EXPORTED, EXPORTED),
					actor)
			.items();
		this.audit.record(actor.username(), "EXPORT", "quality-scores", "OK", as.extension() + ", " + cards.size());
		boolean english = english(locale);
		return TableDownload.of(as, english ? "Quality scores" : "质检成绩",
				english ? List.of("Group", "Calls", "Average score", "Findings", "Flagged", "Lowest score")
						: List.of("分组", "通话数", "平均分", "问题数", "扣分通话", "最低分"),
				(table) -> {
					for (Scorecards.Card c : cards) {
						table.row(Arrays.asList(c.key(), c.calls(), c.averageScore(), c.findings(), c.flagged(),
								c.lowestScore()));
					}
				});
	}

	@GetMapping("/inspections")
	Scorecards.Page<Inspections.InspectionRow> inspections(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agent,
			@RequestParam(required = false) String team, @RequestParam(required = false) String day,
			@RequestParam(required = false) String ruleId, @RequestParam(required = false) String flagged,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String offset, @RequestParam(required = false) String limit, Actor actor) {
		return this.scorecards.inspections(new Scorecards.Filter(from, to, agent, team, day, ruleId, yesNo(flagged)),
				ListParameters.of(sort, dir, offset, limit, Scorecards.SORTS.keySet(), "endedAt", true, 50, 500),
				actor);
	}

	@GetMapping("/inspections/export")
	ResponseEntity<StreamingResponseBody> exportInspections(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String team,
			@RequestParam(required = false) String day, @RequestParam(required = false) String ruleId,
			@RequestParam(required = false) String flagged, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Actor actor, Locale locale) {
		TableFormat as = TableFormat.parse(format);
		List<Inspections.InspectionRow> rows = this.scorecards
			.inspections(new Scorecards.Filter(from, to, agent, team, day, ruleId, yesNo(flagged)),
					ListParameters.of(sort, dir, null, null, Scorecards.SORTS.keySet(), "endedAt", true, EXPORTED,
							EXPORTED),
					actor)
			.items();
		this.audit.record(actor.username(), "EXPORT", "quality-inspections", "OK", as.extension() + ", " + rows.size());
		boolean english = english(locale);
		return TableDownload.of(as, english ? "Inspections" : "质检明细",
				english ? List.of("No.", "Call", "Order", "Agent", "Team", "Caller", "Rule set", "Score", "Findings",
						"Ended at") : List.of("编号", "通话", "工单", "坐席", "班组", "来电号码", "规则版本", "得分", "问题数", "结束时间"),
				(table) -> {
					for (Inspections.InspectionRow r : rows) {
						table.row(Arrays.asList(r.id(), r.callId(), r.orderId(), r.agent(), r.team(), r.caller(),
								r.ruleSetVersion(), r.score(), r.findings(), r.endedAt()));
					}
				});
	}

	@GetMapping("/inspections/{id}")
	Inspections.Detail inspection(@PathVariable long id, Actor actor) {
		return this.inspections.detail(id, actor);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static Boolean yesNo(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.strip()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw Problem.invalid("request.bad-value", "flagged", text);
		};
	}

}
