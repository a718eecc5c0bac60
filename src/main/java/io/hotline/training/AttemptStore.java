package io.hotline.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attempts and their questions ({@code training_attempt},
 * {@code training_attempt_question}).
 */
@Component
class AttemptStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AttemptStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new open attempt; the database refuses a second open one of the same agent. */
	long insert(Long exam, String username, Instant startedAt, Instant deadline, List<Question> questions) {
		long id = this.jdbc
			.sql("""
					insert into training_attempt (exam_id, username, started_at, deadline) values (?, ?, ?, ?) returning id""")
			.params(exam, username, Timestamp.from(startedAt), Timestamp.from(deadline))
			.query(Long.class)
			.single();
		int position = 1;
		for (Question q : questions) {
			this.jdbc
				.sql("""
						insert into training_attempt_question (attempt_id, position, question_id, topic, kind, stem, options, key)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
				.params(id, position++, q.id(), q.topic(), q.kind().name(), q.stem(),
						this.json.writeValueAsString(q.options()), this.json.writeValueAsString(q.key()))
				.update();
		}
		return id;
	}

	Optional<AttemptRow> find(long id) {
		return this.jdbc.sql("select * from training_attempt where id = ?")
			.param(id)
			.query(AttemptStore::row)
			.optional();
	}

	/**
	 * The attempt, locked until the transaction ends (one answer or submission at a
	 * time).
	 */
	Optional<AttemptRow> lock(long id) {
		return this.jdbc.sql("select * from training_attempt where id = ? for update")
			.param(id)
			.query(AttemptStore::row)
			.optional();
	}

	Optional<Long> openOf(String username) {
		return this.jdbc.sql("select id from training_attempt where username = ? and status = 'OPEN'")
			.param(username)
			.query(Long.class)
			.optional();
	}

	/** The agent's attempts of the exam, newest first. */
	List<AttemptRow> of(long exam, String username) {
		return this.jdbc.sql("select * from training_attempt where exam_id = ? and username = ? order by id desc")
			.params(exam, username)
			.query(AttemptStore::row)
			.list();
	}

	/** The agent's attempts, oldest first (scores over time). */
	List<AttemptRow> of(String username) {
		return this.jdbc.sql("select * from training_attempt where username = ? order by started_at, id")
			.param(username)
			.query(AttemptStore::row)
			.list();
	}

	List<AttemptQuestion> questions(long attempt) {
		return this.jdbc.sql("select * from training_attempt_question where attempt_id = ? order by position")
			.param(attempt)
			.query(this::question)
			.list();
	}

	boolean saveAnswer(long attempt, int position, AnswerGiven answer, Instant at) {
		return this.jdbc.sql("""
				update training_attempt_question set answer = cast(? as jsonb), answered_at = ?
				where attempt_id = ? and position = ?""")
			.params(this.json.writeValueAsString(answer), Timestamp.from(at), attempt, position)
			.update() == 1;
	}

	void mark(long attempt, int position, boolean correct) {
		this.jdbc.sql("update training_attempt_question set correct = ? where attempt_id = ? and position = ?")
			.params(correct, attempt, position)
			.update();
	}

	void close(long attempt, String status, Instant at, int score, Boolean passed) {
		this.jdbc.sql("""
				update training_attempt set status = ?, submitted_at = ?, score = ?, passed = ? where id = ?""")
			.params(status, Timestamp.from(at), score, passed, attempt)
			.update();
	}

	/** The open attempts whose time ran out before the instant. */
	List<Long> expired(Instant now) {
		return this.jdbc.sql("select id from training_attempt where status = 'OPEN' and deadline < ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Per topic, the agent's questions answered in scored attempts started on those days
	 * (Beijing time), and how many were right.
	 */
	List<TopicScore> topicScores(String username, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select q.topic, count(*) as questions, count(*) filter (where q.correct) as correct
				from training_attempt a join training_attempt_question q on q.attempt_id = a.id
				where a.username = ? and a.status <> 'OPEN'
				  and (a.started_at at time zone 'Asia/Shanghai')::date between ? and ?
				group by q.topic order by q.topic""")
			.params(username, from, to)
			.query((rs, n) -> new TopicScore(rs.getString("topic"), rs.getInt("questions"), rs.getInt("correct")))
			.list();
	}

	private AttemptQuestion question(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		return new AttemptQuestion(rs.getInt("position"), rs.getLong("question_id"), rs.getString("topic"),
				QuestionKind.valueOf(rs.getString("kind")), rs.getString("stem"),
				this.json.readValue(rs.getString("options"), STRINGS),
				this.json.readValue(rs.getString("key"), AnswerKey.class),
				(answer != null) ? this.json.readValue(answer, AnswerGiven.class) : null,
				(Boolean) rs.getObject("correct"), null);
	}

	private static AttemptRow row(ResultSet rs, int n) throws SQLException {
		return new AttemptRow(rs.getLong("id"), (Long) rs.getObject("exam_id"), rs.getString("username"),
				instant(rs, "started_at"), instant(rs, "deadline"), instant(rs, "submitted_at"), rs.getString("status"),
				(Integer) rs.getObject("score"), (Boolean) rs.getObject("passed"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/** A topic's questions answered and how many were right. */
	record TopicScore(String topic, int questions, int correct) {
	}

}
