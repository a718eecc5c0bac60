-- 跨市转办 and 上交省级 (issue 21, decision 0015): an order that belongs to another city's hotline or to the
-- province's travels through the province; the receiver registers it under its own rules and counts it.

-- A city: the orders it transferred out, where to and why; sent with the order's replica, the caller in full.
create table node_transfer_out (
	order_id bigint primary key,
	to_node varchar(12) not null,
	to_name varchar(64) not null,
	reason text not null,
	actor varchar(64) not null,
	created_at timestamptz not null
);

-- A city: the orders transferred in, once each (the province's transfer id), where from, and the sender's
-- timeline as it came; acknowledged to the province at the next pull.
create table node_transfer_in (
	transfer_id bigint primary key,
	order_id bigint not null unique,
	number varchar(24) not null,
	from_node varchar(12) not null,
	from_name varchar(64) not null,
	from_number varchar(24) not null,
	reason text not null,
	timeline jsonb not null,
	registered_at timestamptz not null,
	acknowledged boolean not null default false
);

-- The province: every transfer, from the sender's replica to the receiver's order.
create table province_transfer (
	id bigserial primary key,
	from_city varchar(12) not null,
	from_order_id bigint not null,
	from_number varchar(24) not null,
	to_node varchar(12) not null,
	reason text not null,
	actor varchar(64) not null,
	payload jsonb not null,
	created_at timestamptz not null,
	delivered_at timestamptz,
	registered_at timestamptz,
	to_order_id bigint,
	to_number varchar(24),
	unique (from_city, from_order_id)
);
create index province_transfer_pending_idx on province_transfer (to_node, id) where registered_at is null;
