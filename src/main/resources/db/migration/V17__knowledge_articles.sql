-- 知识库: the articles agents read out, reviewed before they are published, and every
-- version of each as it was written.
create table knowledge_article (
	id bigserial primary key,
	title varchar(200) not null,
	answer text not null,
	questions text[] not null default '{}',
	category_code varchar(32) references category (code),
	department varchar(100),
	public boolean not null default false,
	effective_from date,
	expires_at date,
	tags text[] not null default '{}',
	status varchar(16) not null check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
	version int not null,
	review_note varchar(500),
	reviewed_by varchar(64),
	reviewed_at timestamptz,
	created_by varchar(64) not null,
	created_at timestamptz not null,
	updated_by varchar(64) not null,
	updated_at timestamptz not null,
	check (expires_at is null or effective_from is null or expires_at >= effective_from)
);
create index knowledge_article_status_idx on knowledge_article (status);

-- Each version's full content as JSON, who wrote it, when, and which fields it changed.
create table knowledge_article_version (
	article_id bigint not null references knowledge_article (id),
	version int not null,
	content text not null,
	changed_by varchar(64) not null,
	changed_at timestamptz not null,
	change varchar(500) not null,
	primary key (article_id, version)
);
