package io.hotline.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against its slow hash once, then remembers for a short while a keyed
 * digest of the credentials that passed, so that HTTP Basic clients sending their
 * credentials on every request do not pay a BCrypt verification each time. Neither the
 * password nor its plain digest is kept.
 * <p>
 * A refusal takes as long whether the user name exists or not: an unknown name is checked
 * against a hash of the same cost, and a remembered user's wrong password is checked in
 * full like any other, so that timing tells no one which user names exist.
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

	private static final Duration TTL = Duration.ofMinutes(5);

	/** The longest user name an account has ({@code app_user.username}). */
	private static final int LONGEST_NAME = 64;

	private final UserDetailsService users;

	private final PasswordEncoder encoder;

	private final byte[] key = new byte[32];

	private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

	/** The hash an unknown user name's password is checked against, in vain. */
	private final String nobody;

	CachingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
		SecureRandom random = new SecureRandom();
		random.nextBytes(this.key);
		byte[] password = new byte[16];
		random.nextBytes(password);
		this.nobody = encoder.encode(java.util.HexFormat.of().formatHex(password));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		byte[] digest = digest(username, password);
		Verified hit = this.verified.get(username);
		if (hit != null && hit.fresh() && MessageDigest.isEqual(hit.digest(), digest)) {
			return authenticated(hit.user());
		}
		UserDetails user;
		try {
			if (!possible(username)) {
				throw new UsernameNotFoundException("no such user name");
			}
			user = this.users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			this.encoder.matches(password, this.nobody);
			throw new BadCredentialsException("Bad credentials");
		}
		if (!this.encoder.matches(password, user.getPassword())) {
			throw new BadCredentialsException("Bad credentials");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("User is disabled");
		}
		this.verified.put(username,
				new Verified(digest, user, System.nanoTime() + TTL.toNanos(), System.currentTimeMillis()));
		return authenticated(user);
	}

	/**
	 * Whether an account could have this name: not longer than the column, without
	 * control characters (which the database refuses to compare).
	 */
	private static boolean possible(String username) {
		return username.length() <= LONGEST_NAME && username.chars().noneMatch(Character::isISOControl);
	}

	/** Forgets the credentials verified for this user: the next sign-in checks again. */
	void forget(String username) {
		this.verified.remove(username);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static Authentication authenticated(UserDetails user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private byte[] digest(String username, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.key);
			sha.update(username.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			return sha.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Forgets the credentials of this user verified before this time (epoch
	 * milliseconds): the account changed on another instance of the cluster.
	 */
	void forgetVerifiedBefore(String username, long millis) {
		this.verified.computeIfPresent(username, (name, hit) -> (hit.verifiedAt() < millis) ? null : hit);
	}

	/** The credential caches among this manager's providers. */
	static Stream<CachingAuthenticationProvider> in(AuthenticationManager manager) {
		return (manager instanceof ProviderManager providers) ? providers.getProviders()
			.stream()
			.filter(CachingAuthenticationProvider.class::isInstance)
			.map(CachingAuthenticationProvider.class::cast) : Stream.empty();
	}

	/**
	 * Credentials that passed: their keyed digest, the user, when they are forgotten
	 * ({@link System#nanoTime()}) and when they were verified (wall clock, epoch
	 * milliseconds).
	 */
	private record Verified(byte[] digest, UserDetails user, long expiresAt, long verifiedAt) {

		boolean fresh() {
			return System.nanoTime() - this.expiresAt < 0;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Verified that && Arrays.equals(this.digest, that.digest);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.digest);
		}

	}

}
