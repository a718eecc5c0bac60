package io.hotline.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hotline.platform.ListParameters;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The questions of the bank ({@code training_question}). */
@Component
class QuestionStore {

	static final Map<String, String> SORTS = Map.of("id", "id", "topic", "topic", "kind", "kind", "status", "status",
			"updatedAt", "updated_at");

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	QuestionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the draft unless a question generated with its key exists; its id, if new.
	 */
	Optional<Long> insert(QuestionDraft draft, String actor) {
		return this.jdbc.sql("""
				insert into training_question (topic, kind, stem, options, answer, explanation, article_id,
				    article_version, fact_kind, generated_key, created_by, updated_by)
				values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
				on conflict (generated_key) do nothing returning id""")
			.params(draft.topic(), draft.kind().name(), draft.stem(), this.json.writeValueAsString(draft.options()),
					this.json.writeValueAsString(draft.key()), draft.explanation(), draft.articleId(),
					draft.articleVersion(), (draft.factKind() != null) ? draft.factKind().name() : null,
					draft.generatedKey(), actor, actor)
			.query(Long.class)
			.optional();
	}

	/**
	 * Writes the edit over the question at the version edited; false when it was not that
	 * one.
	 */
	boolean update(long id, int version, QuestionDraft draft, String actor) {
		return this.jdbc.sql("""
				update training_question set topic = ?, kind = ?, stem = ?, options = cast(? as jsonb),
				    answer = cast(? as jsonb), explanation = ?, status = 'DRAFT', version = version + 1,
				    updated_by = ?, updated_at = now(), reviewed_by = null, reviewed_at = null
				where id = ? and version = ?""")
			.params(draft.topic(), draft.kind().name(), draft.stem(), this.json.writeValueAsString(draft.options()),
					this.json.writeValueAsString(draft.key()), draft.explanation(), actor, id, version)
			.update() == 1;
	}

	void review(long id, String status, String actor) {
		this.jdbc.sql("""
				update training_question set status = ?, version = version + 1, reviewed_by = ?, reviewed_at = now()
				where id = ?""").params(status, actor, id).update();
	}

	Optional<Question> find(long id) {
		return this.jdbc.sql("select * from training_question where id = ?").param(id).query(this::question).optional();
	}

	/** A page of questions, filtered by status, topic, kind and words of the stem. */
	Page<Question> page(String status, String topic, QuestionKind kind, String words, ListParameters page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		if (status != null) {
			where.append(" and status = ?");
			params.add(status);
		}
		if (topic != null) {
			where.append(" and topic = ?");
			params.add(topic);
		}
		if (kind != null) {
			where.append(" and kind = ?");
			params.add(kind.name());
		}
		if (words != null) {
			where.append(" and strpos(stem, ?) > 0");
			params.add(words);
		}
		long total = this.jdbc.sql("select count(*) from training_question" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(page.limit());
		params.add(page.offset());
		List<Question> rows = this.jdbc
			.sql("select * from training_question" + where + " order by " + SORTS.get(page.sort()) + " "
					+ page.direction() + ", id " + page.direction() + " limit ? offset ?")
			.params(params)
			.query(this::question)
			.list();
		return new Page<>(rows, total, page.offset(), page.limit());
	}

	/** The published questions of these topics, in a random order. */
	List<Question> drawPublished(List<String> topics, int count) {
		return this.jdbc.sql("""
				select * from training_question where status = 'PUBLISHED' and topic = any(?)
				order by random() limit ?""").params(topics.toArray(String[]::new), count).query(this::question).list();
	}

	/** Per topic: its questions published and in draft. */
	List<TopicCount> topics() {
		return this.jdbc.sql("""
				select topic, count(*) filter (where status = 'PUBLISHED') as published,
				       count(*) filter (where status = 'DRAFT') as drafts
				from training_question group by topic order by topic""")
			.query((rs, n) -> new TopicCount(rs.getString("topic"), rs.getInt("published"), rs.getInt("drafts")))
			.list();
	}

	int publishedIn(List<String> topics) {
		return this.jdbc.sql("select count(*) from training_question where status = 'PUBLISHED' and topic = any(?)")
			.param(topics.toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

	private Question question(ResultSet rs, int row) throws SQLException {
		Long article = (Long) rs.getObject("article_id");
		return new Question(rs.getLong("id"), rs.getString("topic"), QuestionKind.valueOf(rs.getString("kind")),
				rs.getString("stem"), this.json.readValue(rs.getString("options"), STRINGS),
				this.json.readValue(rs.getString("answer"), AnswerKey.class), rs.getString("explanation"), article,
				(Integer) rs.getObject("article_version"), (article != null) ? "GENERATED" : "MANUAL",
				rs.getString("status"), rs.getInt("version"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("reviewed_by"),
				rs.getObject("reviewed_at", OffsetDateTime.class));
	}

	/** A topic and how many of its questions are published and in draft. */
	record TopicCount(String topic, int published, int drafts) {
	}

}
