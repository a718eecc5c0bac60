-- 知识库, second part: the policy an answer rests on; the version in the search while a
-- newer one waits for review; articles linked to orders; what was searched and used; the
-- owners reminded of an expiry; the weekly hot knowledge pushed to agents.
alter table knowledge_article add column source varchar(500);
alter table knowledge_article add column published_version int;
update knowledge_article set published_version = version where status = 'PUBLISHED';

-- An article used on an order: read out, or the order answered and closed with it.
create table knowledge_link (
	order_id bigint not null,
	article_id bigint not null references knowledge_article (id),
	article_version int not null,
	answered boolean not null,
	linked_by varchar(64) not null,
	linked_at timestamptz not null,
	primary key (order_id, article_id)
);
create index knowledge_link_article_idx on knowledge_link (article_id);

-- A question asked by a search (staff, portal, other channels), with its best answer.
create table knowledge_query (
	id bigserial primary key,
	at timestamptz not null,
	channel varchar(16) not null check (channel in ('STAFF', 'PORTAL')),
	actor varchar(64),
	text varchar(200) not null,
	normalized varchar(200) not null,
	hits int not null,
	best_article_id bigint,
	best_similarity real
);
create index knowledge_query_at_idx on knowledge_query (at);

-- What happened to an article: shown in a search's first five, opened, linked, used to
-- answer, found helpful or not.
create table knowledge_usage (
	id bigserial primary key,
	at timestamptz not null,
	article_id bigint not null references knowledge_article (id),
	kind varchar(16) not null check (kind in ('SHOWN', 'VIEW', 'LINK', 'ANSWER', 'HELPFUL', 'NOT_HELPFUL')),
	channel varchar(16) not null check (channel in ('STAFF', 'PORTAL')),
	actor varchar(64),
	query varchar(200),
	order_id bigint
);
create index knowledge_usage_at_idx on knowledge_usage (at, kind);

-- One reminder per article, expiry date and owner.
create table knowledge_reminder (
	article_id bigint not null references knowledge_article (id),
	expires_at date not null,
	owner varchar(64) not null,
	reminded_at timestamptz not null,
	primary key (article_id, expires_at, owner)
);

-- The hot knowledge of each week as it was pushed to the agents.
create table knowledge_hot_week (
	week varchar(8) primary key,
	content text not null,
	pushed_at timestamptz not null
);
