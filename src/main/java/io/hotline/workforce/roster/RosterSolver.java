package io.hotline.workforce.roster;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves rosters with Timefold Solver, configured in code: a construction heuristic, then
 * local search until the time limit, or earlier once the score has not improved for a
 * while.
 */
public final class RosterSolver {

	private final SolverFactory<Roster> factory;

	private final SolutionManager<Roster, HardMediumSoftLongScore> solutions;

	public RosterSolver(Duration limit) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(limit)
			.withUnimprovedSpentLimit(limit.dividedBy(5));
		this.factory = SolverFactory.create(new SolverConfig().withSolutionClass(Roster.class)
			.withEntityClasses(AgentDay.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withTerminationConfig(termination));
		this.solutions = SolutionManager.create(this.factory);
	}

	public RosterResult solve(Roster roster) {
		return solve(roster, (score) -> {
		});
	}

	/**
	 * Solves, telling {@code bestScore} each better score found (on the solving thread,
	 * often: keep it quick).
	 */
	public RosterResult solve(Roster roster, Consumer<String> bestScore) {
		Solver<Roster> solver = this.factory.buildSolver();
		solver.addEventListener((event) -> bestScore.accept(event.getNewBestScore().toString()));
		long started = System.nanoTime();
		Roster solved = solver.solve(roster);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		return RosterResult.of(solved, took, this.solutions.analyze(solved));
	}

	/** The roster as it stands, scored, without solving (e.g. after a change by hand). */
	public RosterResult evaluate(Roster roster) {
		this.solutions.update(roster);
		return RosterResult.of(roster, Duration.ZERO, this.solutions.analyze(roster));
	}

	/** The hard rules the roster breaks: each rule's name and its matches. */
	public Map<String, Long> brokenRules(Roster roster) {
		this.solutions.update(roster);
		Map<String, Long> broken = new TreeMap<>();
		this.solutions.analyze(roster).constraintMap().forEach((ref, constraint) -> {
			if (constraint.score().hardScore() < 0) {
				broken.put(ref.constraintName(), (long) constraint.matchCount());
			}
		});
		return broken;
	}

}
