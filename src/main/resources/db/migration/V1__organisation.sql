-- Jurisdiction: the official administrative divisions (NBS 2023) of the configured area.
create table division (
	code varchar(12) primary key,
	name text not null,
	level smallint not null check (level between 1 and 5), -- 1 province, 2 city, 3 district, 4 street, 5 community
	parent_code varchar(12) references division (code)
);
create index division_parent_idx on division (parent_code);

-- 承办单位: a tree of handling units; path is the materialised path of ids ('/1/7/42/') for subtree queries.
create table handling_unit (
	id bigserial primary key,
	code varchar(64) not null unique,
	name text not null,
	type varchar(24) not null,
	parent_id bigint references handling_unit (id),
	path text not null default '/',
	active boolean not null default true,
	created_at timestamptz not null default now()
);
create index handling_unit_parent_idx on handling_unit (parent_id);
create index handling_unit_path_idx on handling_unit (path text_pattern_ops);

-- The divisions a unit is responsible for (a street office for its street, a district for its district).
create table unit_division (
	unit_id bigint not null references handling_unit (id),
	division_code varchar(12) not null references division (code),
	primary key (unit_id, division_code)
);
create index unit_division_code_idx on unit_division (division_code);

create table app_user (
	id bigserial primary key,
	username varchar(64) not null unique,
	password_hash text not null,
	display_name text not null,
	roles varchar(24)[] not null,
	unit_id bigint references handling_unit (id),
	enabled boolean not null default true,
	created_at timestamptz not null default now()
);

-- Every change made through the platform, whoever made it.
create table audit_log (
	id bigserial primary key,
	at timestamptz not null default now(),
	actor varchar(64) not null,
	action varchar(64) not null,
	target text,
	outcome varchar(16) not null,
	detail text
);
create index audit_log_at_idx on audit_log (at);
