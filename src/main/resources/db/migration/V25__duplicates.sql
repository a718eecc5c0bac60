-- 智能查重: links between orders about the same matter. RELATED and DUPLICATE links are undirected (stored once,
-- either way round); MERGED means order_id follows related_order_id (its main order) and gets its answer.
create table order_link (
	id bigserial primary key,
	order_id bigint not null references work_order (id),
	related_order_id bigint not null references work_order (id),
	kind varchar(16) not null,
	score double precision,
	reasons text[] not null default '{}',
	shared_words text[] not null default '{}',
	created_by varchar(64) not null,
	created_at timestamptz not null,
	unique (order_id, related_order_id),
	check (order_id <> related_order_id)
);
create index order_link_related_idx on order_link (related_order_id);
create unique index order_link_one_main_idx on order_link (order_id) where kind = 'MERGED';

-- 集中性事件: many callers about one event (similar words, one place, within a window), with its orders.
create table collective_case (
	id bigserial primary key,
	title text not null,
	place_code varchar(12),
	words text[] not null default '{}',
	first_at timestamptz not null,
	last_at timestamptz not null,
	callers int not null,
	created_at timestamptz not null
);
create table collective_case_order (
	case_id bigint not null references collective_case (id),
	order_id bigint not null unique references work_order (id),
	caller_key varchar(64) not null,
	added_at timestamptz not null,
	primary key (case_id, order_id)
);
