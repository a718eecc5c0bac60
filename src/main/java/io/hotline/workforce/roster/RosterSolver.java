package io.hotline.workforce.roster;

import java.time.Duration;

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
		Solver<Roster> solver = this.factory.buildSolver();
		long started = System.nanoTime();
		Roster solved = solver.solve(roster);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		return RosterResult.of(solved, took, this.solutions.analyze(solved));
	}

}
