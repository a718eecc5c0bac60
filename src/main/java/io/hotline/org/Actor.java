package io.hotline.org;

import java.util.Set;

/** The signed-in user on whose behalf something is done. */
public record Actor(String username, Set<Role> roles, UnitId unitId) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Sees every order regardless of unit: everyone but a pure unit handler. */
	public boolean seesAllUnits() {
		return this.roles.stream().anyMatch((role) -> role != Role.HANDLER);
	}

	/** May see callers' phone numbers and names in full. */
	public boolean seesCallerIdentity() {
		return has(Role.AGENT) || has(Role.CALLBACK) || has(Role.SUPERVISOR) || has(Role.ADMIN);
	}

	public static Actor system() {
		return new Actor("system", Set.of(Role.ADMIN), null);
	}

}
