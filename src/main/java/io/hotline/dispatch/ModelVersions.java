package io.hotline.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.Problem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table of the dispatch model's versions. */
@Component
class ModelVersions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ModelVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ModelVersion> all() {
		return this.jdbc.sql("select * from dispatch_model order by version desc").query(ModelVersions::row).list();
	}

	Optional<ModelVersion> find(int version) {
		return this.jdbc.sql("select * from dispatch_model where version = ?")
			.param(version)
			.query(ModelVersions::row)
			.optional();
	}

	Optional<ModelVersion> active() {
		return this.jdbc.sql("select * from dispatch_model where active").query(ModelVersions::row).optional();
	}

	/**
	 * The active version's number alone: looked at every few seconds by each instance.
	 */
	Optional<Integer> activeVersion() {
		return this.jdbc.sql("select version from dispatch_model where active").query(Integer.class).optional();
	}

	/**
	 * A new version in training on the instance; refused while one trains anywhere in the
	 * cluster.
	 */
	ModelVersion start(String trigger, String actor, Instant at, String instance) {
		try {
			int version = this.jdbc
				.sql("insert into dispatch_model (status, trigger, requested_by, requested_at, trained_on, "
						+ "heartbeat_at) values (?, ?, ?, ?, ?, ?) returning version")
				.params(ModelVersion.TRAINING, trigger, actor, Timestamp.from(at), instance, Timestamp.from(at))
				.query(Integer.class)
				.single();
			return find(version).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw Problem.conflict("dispatch.already-training");
		}
	}

	/** The instance still trains its versions. */
	void heartbeat(String instance, Instant at) {
		this.jdbc.sql("update dispatch_model set heartbeat_at = ? where status = ? and trained_on = ?")
			.params(Timestamp.from(at), ModelVersion.TRAINING, instance)
			.update();
	}

	void ready(int version, int examples, Map<String, Object> evaluation, Instant at) {
		this.jdbc
			.sql("update dispatch_model set status = ?, examples = ?, evaluation = ?, finished_at = ? "
					+ "where version = ?")
			.params(ModelVersion.READY, examples, JSON.writeValueAsString(evaluation), Timestamp.from(at), version)
			.update();
	}

	void failed(int version, String why, Instant at) {
		this.jdbc.sql("update dispatch_model set status = ?, failure = ?, finished_at = ? where version = ?")
			.params(ModelVersion.FAILED, why, Timestamp.from(at), version)
			.update();
	}

	/**
	 * Versions left in training by a stop, whose training will not finish: those of the
	 * instance (at its start), of no known instance, or of one that has not said it still
	 * trains them since {@code silentSince}.
	 */
	int interrupted(String why, Instant at, String instance, Instant silentSince) {
		return this.jdbc
			.sql("update dispatch_model set status = ?, failure = ?, finished_at = ? where status = ? "
					+ "and (trained_on is null or trained_on = ? or heartbeat_at is null or heartbeat_at < ?)")
			.params(ModelVersion.FAILED, why, Timestamp.from(at), ModelVersion.TRAINING, instance,
					Timestamp.from(silentSince))
			.update();
	}

	/** Versions whose instance has not said it still trains them since then. */
	int abandoned(String why, Instant at, Instant silentSince) {
		return this.jdbc
			.sql("update dispatch_model set status = ?, failure = ?, finished_at = ? where status = ? "
					+ "and heartbeat_at < ?")
			.params(ModelVersion.FAILED, why, Timestamp.from(at), ModelVersion.TRAINING, Timestamp.from(silentSince))
			.update();
	}

	@Transactional
	void activate(int version) {
		this.jdbc.sql("update dispatch_model set active = false where active").update();
		this.jdbc.sql("update dispatch_model set active = true where version = ?").param(version).update();
	}

	private static ModelVersion row(ResultSet rs, int n) throws SQLException {
		String evaluation = rs.getString("evaluation");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ModelVersion(rs.getInt("version"), rs.getString("status"), rs.getBoolean("active"),
				rs.getString("trigger"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				finished == null ? null : finished.toInstant(), (Integer) rs.getObject("examples"),
				evaluation == null ? null : JSON.readValue(evaluation, new TypeReference<Map<String, Object>>() {
				}), rs.getString("failure"));
	}

}
