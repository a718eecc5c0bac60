package io.hotline.org;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.HotlineProperties;
import io.hotline.platform.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the first start of a deployment creates: the demo organisation when demo data is
 * wanted (never for a command-line task), and always an {@code admin} account, so that
 * someone can sign in and set the platform up.
 */
@Component
@Order(StartupOrder.ORGANISATION)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	static final String ADMIN = "admin";

	private final HotlineProperties properties;

	private final DemoOrganisation demo;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Environment environment;

	FirstStart(HotlineProperties properties, DemoOrganisation demo, UserAccounts accounts, AuditTrail audit,
			TransactionTemplate transactions, Environment environment) {
		this.properties = properties;
		this.demo = demo;
		this.accounts = accounts;
		this.audit = audit;
		this.transactions = transactions;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.properties.demo().enabled() && !this.environment.matchesProfiles("task") && this.demo.empty()) {
				long started = System.nanoTime();
				this.demo.seed();
				log.info("Seeded the demo organisation in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			if (!this.accounts.exists(ADMIN)) {
				createAdmin();
			}
		});
	}

	private void createAdmin() {
		String password;
		if (this.properties.hasAdminPassword()) {
			password = this.properties.adminPassword();
			if (!PasswordRule.kept(password, ADMIN)) {
				log.warn("HOTLINE_ADMIN_PASSWORD is weak (the rule for passwords: at least {} characters of at least "
						+ "two kinds, without the user name); change it once signed in", PasswordRule.SHORTEST);
			}
		}
		else if (this.properties.demo().enabled()) {
			password = this.properties.demo().password();
		}
		else {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("Created the account 'admin' with the password {} (shown only this once; "
					+ "set HOTLINE_ADMIN_PASSWORD to choose it)", password);
		}
		this.accounts.add(ADMIN, "系统管理员", password, Set.of(Role.ADMIN), null);
		this.audit.record("system", "user.create", "user:" + ADMIN, "OK", "first start");
	}

}
