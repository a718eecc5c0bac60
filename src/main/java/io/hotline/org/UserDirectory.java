package io.hotline.org;

import java.sql.Array;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for sign-in from {@code app_user}. */
@Component
class UserDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql("select username, password_hash, roles, unit_id, enabled from app_user where username = ?")
			.param(username)
			.query((rs, n) -> new HotlineUserDetails(
					new Actor(rs.getString(1), roles(rs.getArray(3)), UnitId.of((Long) rs.getObject(4))),
					rs.getString(2), rs.getBoolean(5)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	static Set<Role> roles(Array array) throws java.sql.SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
