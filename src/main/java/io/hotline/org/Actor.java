package io.hotline.org;

import java.io.Serializable;
import java.util.Set;

import io.hotline.platform.Problem;

/**
 * The signed-in user on whose behalf something is done; serializable, for it is kept in
 * the workstation's session in the database.
 */
public record Actor(String username, Set<Role> roles, UnitId unitId) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Sees every order regardless of unit: everyone but a pure unit handler and the phone
	 * system's account (which sees none).
	 */
	public boolean seesAllUnits() {
		return this.roles.stream().anyMatch((role) -> role != Role.HANDLER && role != Role.PHONE_SYSTEM);
	}

	/** May see callers' phone numbers and names in full. */
	public boolean seesCallerIdentity() {
		return has(Role.AGENT) || has(Role.CALLBACK) || has(Role.ADMIN);
	}

	/**
	 * Refuses unless the actor has one of these roles; administrators may do everything.
	 */
	public void requireAny(Role... allowed) {
		if (has(Role.ADMIN)) {
			return;
		}
		for (Role role : allowed) {
			if (has(role)) {
				return;
			}
		}
		throw Problem.forbidden("access.role-needed", java.util.Arrays.toString(allowed), this.roles);
	}

	public static Actor system() {
		return new Actor("system", Set.of(Role.ADMIN), null);
	}

}
