/**
 * Monthly rosters (排班) solved with Timefold Solver: agents, shift templates, demand per
 * interval, the rules as constraint streams, pinning;
 * {@link io.hotline.workforce.roster.RosterFigures} for the workforce benchmark. Other
 * modules use it as the named interface {@code workforce::roster}.
 */
@org.springframework.modulith.NamedInterface("roster")
package io.hotline.workforce.roster;
