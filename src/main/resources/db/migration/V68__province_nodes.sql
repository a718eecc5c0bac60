-- 省市联网 (issue 21, decision 0015): a city hotline as a node of its province, and the province's replicas

-- A city: the orders changed since they were last sent to the province, one row per order (an order's changes
-- coalesce); seq is renewed by every change, so a row changed while it was being sent stays to be sent again.
create sequence node_outbox_seq;
create table node_outbox (
	order_id bigint primary key,
	seq bigint not null
);
-- A city: where its queueing of orders written without events (imports, the demo's history) stands.
create table node_mark (
	name varchar(32) primary key,
	value bigint not null
);

-- A city: its orders and timelines as this module reads them to send them (views it owns).
create view node_order_source as
select o.id, o.number, o.version, o.status, o.type, o.channel, o.urgency, o.title, o.content, o.address,
	o.district_code, o.street_code, o.category_code, c.name as category_name, o.caller_name, o.caller_phone,
	o.main_unit_id as unit_id, u.code as unit_code, u.name as unit_name, o.sign_deadline, o.deadline, o.supervised,
	o.satisfaction, o.resolved, o.dispatch_count, o.return_count, o.reopen_count, o.created_at, o.updated_at,
	o.closed_at
from work_order o
left join handling_unit u on u.id = o.main_unit_id
left join category c on c.code = o.category_code;

create view node_order_ids as
select id from work_order;

create view node_event_source as
select e.id, e.order_id, e.type, e.at, e.status, e.note, e.unit_id, u.name as unit_name
from work_order_event e
left join handling_unit u on u.id = e.unit_id;

create view node_category_source as
select code, name, level, parent_code, path_name, active from category;

-- The province: its city nodes as it has heard from them.
create table city_node (
	code varchar(12) primary key,
	name text not null,
	first_seen_at timestamptz not null,
	last_batch_at timestamptz not null,
	last_backlog int not null default 0,
	batches bigint not null default 0,
	catalog_hash varchar(64)
);

-- The province: one row per city and order, replaced only by a higher version. The fact columns have the names
-- of the analytics module's order facts, so that the same rate definitions count them (unit ids are the city's).
create table city_order (
	city varchar(12) not null,
	order_id bigint not null,
	number varchar(24) not null,
	version int not null,
	status varchar(16) not null,
	type varchar(16) not null,
	channel varchar(16) not null,
	urgency varchar(16) not null,
	title text,
	content text not null,
	address text,
	district_code varchar(12),
	street_code varchar(12),
	category_code varchar(32),
	category_name text,
	caller_name text,
	caller_phone varchar(32),
	personal boolean not null default false,
	unit_id bigint,
	unit_code varchar(64),
	unit_name text,
	first_unit_id bigint,
	supervised boolean not null,
	sign_deadline timestamptz,
	deadline timestamptz,
	dispatched_at timestamptz,
	signed_at timestamptz,
	replied_at timestamptz,
	finished_at timestamptz,
	closed_at timestamptz,
	satisfaction varchar(24),
	resolved boolean,
	dispatch_count int not null,
	return_count int not null,
	reopen_count int not null,
	handling_days real,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	received_at timestamptz not null,
	primary key (city, order_id)
);
create index city_order_created_idx on city_order (created_at);
create index city_order_city_created_idx on city_order (city, created_at);
create index city_order_number_idx on city_order (number);
create index city_order_open_idx on city_order (city, status) where status <> 'CLOSED';

-- The province: the timelines, inserted once (a batch sent twice adds nothing).
create table city_order_event (
	city varchar(12) not null,
	event_id bigint not null,
	order_id bigint not null,
	type varchar(32) not null,
	at timestamptz not null,
	status varchar(16) not null,
	unit_name text,
	note text,
	received_at timestamptz not null,
	primary key (city, event_id)
);
create index city_order_event_order_idx on city_order_event (city, order_id, event_id);
create index city_order_event_received_idx on city_order_event (received_at);

-- The province: each city's 事项分类 as the city last sent it.
create table city_category (
	city varchar(12) not null,
	code varchar(32) not null,
	name text not null,
	level smallint not null,
	parent_code varchar(32),
	path_name text not null,
	active boolean not null,
	primary key (city, code)
);
