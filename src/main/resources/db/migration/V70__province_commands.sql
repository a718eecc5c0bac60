-- 省市联网 (issue 21, decision 0015): what the province asks of a city's order (督办 first), kept until the city
-- says it was done; the city pulls them on its sender's round (the city always calls).
create table province_command (
	id bigserial primary key,
	city varchar(12) not null,
	order_id bigint not null,
	number varchar(24) not null,
	kind varchar(16) not null,
	note text not null,
	actor varchar(64) not null,
	created_at timestamptz not null,
	delivered_at timestamptz,
	done_at timestamptz,
	outcome varchar(16),
	constraint province_command_kind check (kind in ('SUPERVISE'))
);
create index province_command_pending_idx on province_command (city, id) where done_at is null;
create index province_command_order_idx on province_command (city, order_id);

-- A city: the province's commands it applied, once each (applied in the transaction that changed the order),
-- and whether the province was told.
create table node_command_applied (
	command_id bigint primary key,
	applied_at timestamptz not null,
	outcome varchar(16) not null,
	acknowledged boolean not null default false
);
