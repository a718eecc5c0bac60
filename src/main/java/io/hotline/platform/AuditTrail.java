package io.hotline.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log: who did what to which target, and how it ended. Written in the caller's
 * transaction, so a change and its audit entry are stored together or not at all.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String action, String target, String outcome, String detail) {
		this.jdbc.sql("insert into audit_log (actor, action, target, outcome, detail) values (?, ?, ?, ?, ?)")
			.params(actor, action, target, outcome, detail)
			.update();
	}

}
