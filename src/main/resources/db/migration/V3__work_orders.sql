create sequence work_order_number_seq;

-- 工单
create table work_order (
	id bigserial primary key,
	number varchar(24) not null unique,
	request_id varchar(128) unique,
	status varchar(16) not null,
	type varchar(16) not null,
	channel varchar(16) not null,
	urgency varchar(16) not null,
	title text,
	content text not null,
	address text,
	district_code varchar(12),
	street_code varchar(12),
	community_code varchar(12),
	category_code varchar(32) references category (code),
	caller_name text,
	caller_phone varchar(32),
	main_unit_id bigint references handling_unit (id),
	sign_deadline timestamptz,
	deadline timestamptz,
	extension_days int,
	extension_reason text,
	supervised boolean not null default false,
	dispatch_count int not null default 0,
	return_count int not null default 0,
	reopen_count int not null default 0,
	satisfaction varchar(24),
	resolved boolean,
	created_by varchar(64) not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	closed_at timestamptz,
	version int not null default 0
);
create index work_order_unit_inbox_idx on work_order (main_unit_id, deadline) where status in ('DISPATCHED', 'HANDLING');
create index work_order_unit_idx on work_order (main_unit_id, id);
create index work_order_status_idx on work_order (status, id);
create index work_order_phone_idx on work_order (caller_phone);
create index work_order_created_idx on work_order (created_at);

-- 协办单位
create table work_order_co_unit (
	order_id bigint not null references work_order (id),
	unit_id bigint not null references handling_unit (id),
	primary key (order_id, unit_id)
);
create index work_order_co_unit_unit_idx on work_order_co_unit (unit_id, order_id);

-- The timeline: appended in the same transaction as the change, never rewritten.
create table work_order_event (
	id bigserial primary key,
	order_id bigint not null references work_order (id),
	type varchar(32) not null,
	at timestamptz not null,
	actor varchar(64) not null,
	status varchar(16) not null,
	unit_id bigint,
	note text
);
create index work_order_event_order_idx on work_order_event (order_id, id);
create index work_order_event_type_at_idx on work_order_event (type, at);
