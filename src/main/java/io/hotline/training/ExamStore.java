package io.hotline.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Exams and who takes them ({@code training_exam}, {@code training_exam_taker}). */
@Component
class ExamStore {

	private static final String SELECT = """
			select e.*, (select count(*) from training_exam_taker t where t.exam_id = e.id) as takers
			from training_exam e""";

	private final JdbcClient jdbc;

	ExamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ExamInput exam, Collection<String> takers, String actor) {
		long id = this.jdbc.sql("""
				insert into training_exam (title, topics, question_count, pass_mark, time_limit_minutes, max_attempts,
				    group_name, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(exam.title(), exam.topics().toArray(String[]::new), exam.questionCount(), exam.passMark(),
					exam.timeLimitMinutes(), exam.maxAttempts(), exam.group(), actor)
			.query(Long.class)
			.single();
		for (String taker : takers) {
			this.jdbc.sql("insert into training_exam_taker (exam_id, username) values (?, ?) on conflict do nothing")
				.params(id, taker)
				.update();
		}
		return id;
	}

	Optional<Exam> find(long id) {
		return this.jdbc.sql(SELECT + " where e.id = ?").param(id).query(ExamStore::exam).optional();
	}

	/** Every exam (author null) or those the author composed, newest first. */
	List<Exam> list(String author) {
		return this.jdbc.sql(SELECT + " where (cast(? as text) is null or e.created_by = ?) order by e.id desc")
			.params(author, author)
			.query(ExamStore::exam)
			.list();
	}

	boolean takes(long exam, String username) {
		return this.jdbc.sql("select exists (select 1 from training_exam_taker where exam_id = ? and username = ?)")
			.params(exam, username)
			.query(Boolean.class)
			.single();
	}

	/** The exams the agent takes, newest first. */
	List<Exam> takenBy(String username) {
		return this.jdbc
			.sql(SELECT + " join training_exam_taker me on me.exam_id = e.id and me.username = ? order by e.id desc")
			.param(username)
			.query(ExamStore::exam)
			.list();
	}

	static Exam exam(ResultSet rs, int row) throws SQLException {
		return new Exam(rs.getLong("id"), rs.getString("title"),
				Arrays.asList((String[]) rs.getArray("topics").getArray()), rs.getInt("question_count"),
				rs.getInt("pass_mark"), rs.getInt("time_limit_minutes"), rs.getInt("max_attempts"),
				rs.getString("group_name"), rs.getInt("takers"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
