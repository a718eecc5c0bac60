-- Calls of the phone system (CTI), as its events report them, and the order a call produced.
create table phone_call (
	id bigserial primary key,
	call_id varchar(128) not null unique,
	status varchar(16) not null,
	caller varchar(32),
	callee varchar(32),
	agent varchar(64),
	rang_at timestamptz,
	answered_at timestamptz,
	ended_at timestamptz,
	recording_url text,
	transcript text,
	order_id bigint references work_order (id),
	updated_at timestamptz not null
);
create index phone_call_agent_idx on phone_call (agent, status);
create index phone_call_order_idx on phone_call (order_id);
