-- 数据分析: one row per order with what its timeline says, for the KPIs (a read model: rebuilt
-- from work_order and work_order_event, never written by anything else). version is the
-- order's version it was made from: a row behind its order is refreshed.
create table order_fact (
	order_id bigint primary key,
	version int not null,
	created_at timestamptz not null,
	channel varchar(16) not null,
	type varchar(16) not null,
	category_code varchar(32),
	district_code varchar(12),
	street_code varchar(12),
	first_unit_id bigint,
	unit_id bigint,
	status varchar(16) not null,
	dispatched_at timestamptz,
	sign_deadline timestamptz,
	signed_at timestamptz,
	deadline timestamptz,
	replied_at timestamptz,
	finished_at timestamptz,
	closed_at timestamptz,
	satisfaction varchar(24),
	resolved boolean,
	dispatch_count int not null,
	return_count int not null,
	reopen_count int not null,
	handling_days real
);
create index order_fact_created_idx on order_fact (created_at);
create index order_fact_unit_idx on order_fact (unit_id, created_at);
