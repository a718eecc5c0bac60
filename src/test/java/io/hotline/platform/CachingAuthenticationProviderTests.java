package io.hotline.platform;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Timing tells no one which user names exist: a wrong password of a known user, of a
 * known user whose credentials are remembered, and any password of an unknown user name
 * all cost a full BCrypt check.
 */
class CachingAuthenticationProviderTests {

	/**
	 * BCrypt of a low cost, for a quick test: the unknown user name's check has the same.
	 */
	private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
			Map.of("bcrypt", new BCryptPasswordEncoder(6)));

	private final CachingAuthenticationProvider provider = new CachingAuthenticationProvider(
			new InMemoryUserDetailsManager(
					User.withUsername("clerk").password(this.encoder.encode("right-pw-1")).roles("AGENT").build()),
			this.encoder);

	@Test
	void anUnknownUserNameTakesAsLongAsAWrongPassword() {
		refused("clerk", "wrong-pw");
		refused("nobody", "wrong-pw");
		long known = median("clerk");
		long unknown = median("nobody");
		assertThat(unknown).as("unknown %d µs, known %d µs", unknown / 1000, known / 1000).isGreaterThan(known / 3);
	}

	@Test
	void rememberedCredentialsAnswerOnlyTheirOwnRepeat() {
		long before = median("clerk");
		assertThat(this.provider.authenticate(token("clerk", "right-pw-1")).isAuthenticated()).isTrue();
		long start = System.nanoTime();
		this.provider.authenticate(token("clerk", "right-pw-1"));
		long repeat = System.nanoTime() - start;
		long after = median("clerk");
		assertThat(repeat).as("the repeat is remembered").isLessThan(before / 3);
		// against the remembered repeat (microseconds), not the first median, which a
		// busy
		// machine can stretch: a BCrypt check costs milliseconds
		assertThat(after)
			.as("a wrong password is checked in full: %d µs, the repeat %d µs", after / 1000, repeat / 1000)
			.isGreaterThan(repeat * 10);
		assertThat(median("nobody")).isGreaterThan(repeat * 10);
	}

	/** The median time of five refused sign-ins of the user name. */
	private long median(String username) {
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			refused(username, "wrong-pw-" + i);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times[2];
	}

	private void refused(String username, String password) {
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.provider.authenticate(token(username, password)));
	}

	private static UsernamePasswordAuthenticationToken token(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
