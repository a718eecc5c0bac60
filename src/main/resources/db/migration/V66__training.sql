-- Issue 20, training and exams (考试培训): questions per topic (generated from the knowledge base's published
-- articles or written by hand, reviewed before use), exams composed for agents or a group, attempts with the
-- questions drawn for them (a copy, so that an edit of the bank changes no exam already taken) and the answers
-- saved as they go.
create table training_question (
	id bigserial primary key,
	topic text not null,
	kind varchar(16) not null check (kind in ('SINGLE', 'TRUE_FALSE', 'SHORT')),
	stem text not null,
	options jsonb not null default '[]',
	answer jsonb not null,
	explanation text,
	article_id bigint,
	article_version int,
	fact_kind varchar(16),
	generated_key text unique,
	status varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
	version int not null default 1,
	created_by varchar(64) not null,
	created_at timestamptz not null default now(),
	updated_by varchar(64) not null,
	updated_at timestamptz not null default now(),
	reviewed_by varchar(64),
	reviewed_at timestamptz
);
create index training_question_topic on training_question (topic, status);

create table training_exam (
	id bigserial primary key,
	title text not null,
	topics text[] not null,
	question_count int not null check (question_count between 1 and 100),
	pass_mark int not null check (pass_mark between 0 and 100),
	time_limit_minutes int not null check (time_limit_minutes between 1 and 480),
	max_attempts int not null default 1 check (max_attempts between 1 and 10),
	group_name text,
	created_by varchar(64) not null,
	created_at timestamptz not null default now()
);

create table training_exam_taker (
	exam_id bigint not null references training_exam (id),
	username varchar(64) not null,
	primary key (exam_id, username)
);
create index training_exam_taker_user on training_exam_taker (username);

-- An attempt of an exam, or a practice set (exam_id null) drawn from the agent's weak topics.
create table training_attempt (
	id bigserial primary key,
	exam_id bigint references training_exam (id),
	username varchar(64) not null,
	started_at timestamptz not null,
	deadline timestamptz not null,
	submitted_at timestamptz,
	status varchar(16) not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'TIMED_OUT')),
	score int check (score between 0 and 100),
	passed boolean
);
-- one attempt at a time
create unique index training_attempt_one_open on training_attempt (username) where status = 'OPEN';
create index training_attempt_exam on training_attempt (exam_id, username);

create table training_attempt_question (
	attempt_id bigint not null references training_attempt (id),
	position int not null,
	question_id bigint not null references training_question (id),
	topic text not null,
	kind varchar(16) not null,
	stem text not null,
	options jsonb not null,
	key jsonb not null,
	answer jsonb,
	answered_at timestamptz,
	correct boolean,
	primary key (attempt_id, position)
);
