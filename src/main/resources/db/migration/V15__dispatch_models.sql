-- 智能派单: the versions of the dispatch model, each with its evaluation; one is active.
create table dispatch_model (
	version serial primary key,
	status varchar(16) not null,
	active boolean not null default false,
	trigger varchar(16) not null,
	requested_by varchar(64) not null,
	requested_at timestamptz not null,
	finished_at timestamptz,
	examples int,
	evaluation text,
	failure text
);
create unique index dispatch_model_one_active_idx on dispatch_model (active) where active;

-- Per-category thresholds above which an order is dispatched without a dispatcher.
create table dispatch_threshold (
	category_code varchar(32) primary key references category (code),
	threshold numeric(4, 3) not null check (threshold > 0 and threshold <= 1),
	updated_by varchar(64) not null,
	updated_at timestamptz not null
);

-- The suggestion last shown or applied for an order, and what the dispatcher did with it.
create table dispatch_suggestion (
	order_id bigint primary key references work_order (id),
	model_version int not null references dispatch_model (version),
	category_code varchar(32),
	unit_id bigint not null,
	probability numeric(5, 4) not null,
	suggested_at timestamptz not null,
	automatic boolean not null default false,
	chosen_unit_id bigint,
	accepted boolean,
	decided_by varchar(64),
	decided_at timestamptz
);
create index dispatch_suggestion_decided_idx on dispatch_suggestion (decided_at) where decided_at is not null;
