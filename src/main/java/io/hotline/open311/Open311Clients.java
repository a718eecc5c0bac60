package io.hotline.open311;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.org.Role;
import io.hotline.platform.AuditTrail;
import io.hotline.platform.Problem;
import io.hotline.platform.Secrets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Open311 clients and their API keys: issued by an administrator, shown once, stored
 * only as their SHA-256, revoked at any time (a revoked key is refused at once).
 */
@Service
public class Open311Clients {

	private static final int MAX_NAME = 48;

	private static final String CLIENTS = "select id, name, can_read as read, created_at, created_by, revoked_at, revoked_by from open311_client";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Open311Clients(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every client, newest first, without keys. */
	public List<Client> clients(Actor actor) {
		actor.requireAny(Role.ADMIN);
		return this.jdbc.sql(CLIENTS + " order by id desc").query(Client.class).list();
	}

	/**
	 * A new client with a new key that creates requests and, if {@code read}, reads every
	 * request in full: the answer is the only place the key is ever shown.
	 */
	@Transactional
	public IssuedKey issue(String name, boolean read, Actor actor) {
		actor.requireAny(Role.ADMIN);
		String clientName = name == null ? "" : name.strip();
		if (clientName.isEmpty() || clientName.length() > MAX_NAME) {
			throw Problem.invalid("open311.client-name", MAX_NAME);
		}
		String key = Secrets.newToken(24);
		Instant now = Instant.now();
		long id;
		try {
			id = this.jdbc.sql(
					"insert into open311_client (name, key_hash, can_read, created_at, created_by) values (?, ?, ?, ?, ?) returning id")
				.params(clientName, ApiKeys.hash(key), read, java.sql.Timestamp.from(now), actor.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("open311.client-exists", clientName);
		}
		this.audit.record(actor.username(), "open311.client.issue", "open311-client:" + id, "OK",
				read ? clientName + " (read)" : clientName);
		return new IssuedKey(id, clientName, read, key, now);
	}

	/** Revokes the client's key; revoking twice changes nothing. */
	@Transactional
	public Client revoke(long id, Actor actor) {
		actor.requireAny(Role.ADMIN);
		int changed = this.jdbc
			.sql("update open311_client set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
			.params(actor.username(), id)
			.update();
		Client client = this.jdbc.sql(CLIENTS + " where id = ?")
			.param(id)
			.query(Client.class)
			.optional()
			.orElseThrow(() -> Problem.notFound("open311.client-not-found", id));
		if (changed > 0) {
			this.audit.record(actor.username(), "open311.client.revoke", "open311-client:" + id, "OK", client.name());
		}
		return client;
	}

	/** The client holding this key's hash, and whether it was revoked. */
	Optional<Client> holder(String keyHash) {
		return this.jdbc.sql(CLIENTS + " where key_hash = ?").param(keyHash).query(Client.class).optional();
	}

	/**
	 * A client as administrators see it; {@code read}: its key reads every request in
	 * full.
	 */
	public record Client(long id, String name, boolean read, Instant createdAt, String createdBy, Instant revokedAt,
			String revokedBy) {

		boolean revoked() {
			return this.revokedAt != null;
		}

	}

	/** A newly issued key, with the client it belongs to. */
	public record IssuedKey(long id, String name, boolean read, String key, Instant createdAt) {

	}

}
