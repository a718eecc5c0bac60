package io.hotline.org;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A platform user as Spring Security sees it: roles as authorities, and the actor it acts
 * as. Kept in the workstation's session in the database without its password's hash.
 */
record HotlineUserDetails(Actor actor, String passwordHash, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.actor.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** What a session stores: the user without the password's hash. */
	private Object writeReplace() {
		return new HotlineUserDetails(this.actor, null, this.enabled);
	}

}
