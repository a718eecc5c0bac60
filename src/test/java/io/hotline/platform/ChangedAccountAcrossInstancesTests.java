package io.hotline.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.hotline.support.Api;
import io.hotline.support.HotlineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account changed on one instance of a cluster is refused at once by another
 * instance's HTTP Basic sign-in, though its credential cache remembers them: the change
 * noted in the database is read with the throttle's rows.
 */
@HotlineTest
class ChangedAccountAcrossInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SignInThrottle throttle;

	@Test
	void anotherInstanceForgetsTheCredentialsOfAChangedAccount() throws InterruptedException {
		String username = "x" + System.nanoTime() % 1_000_000_000;
		Api admin = Api.as(this.port, "admin");
		assertThat(admin
			.post("/api/users", Map.of("username", username, "displayName", "另一实例", "password", "pass-123456", "roles",
					List.of("AGENT")))
			.status()).isEqualTo(201);
		// the sign-in of another instance, with a credential cache of its own
		ThrottledSignIn other = new ThrottledSignIn(
				new ProviderManager(new CachingAuthenticationProvider(this.users, this.encoder)), this.throttle);
		assertThat(other.authenticate(token(username)).isAuthenticated()).isTrue();
		assertThat(other.authenticate(token(username)).isAuthenticated()).as("from its cache").isTrue();

		assertThat(admin.put("/api/users/" + username, Map.of("enabled", false)).status()).isEqualTo(200);
		// the other instance asks again within a second (CleanSignIns)
		long changed = System.nanoTime();
		while (true) {
			try {
				other.authenticate(token(username));
			}
			catch (DisabledException ex) {
				break;
			}
			assertThat(System.nanoTime() - changed).as("refused within 2 s")
				.isLessThan(Duration.ofSeconds(2).toNanos());
			Thread.sleep(50);
		}
	}

	private static UsernamePasswordAuthenticationToken token(String username) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, "pass-123456");
	}

}
