-- Issue 19, surges: the callback queue (回呼). A caller who leaves a number keeps their place: queued_at is when they
-- entered the phone queue, not when they left the number; callbacks go out in that order.
create table surge_callback (
	id bigserial primary key,
	call_id varchar(128),
	phone varchar(32) not null,
	queued_at timestamptz not null,
	left_at timestamptz not null,
	promised_by timestamptz not null,
	status varchar(16) not null check (status in ('WAITING', 'CALLING', 'REACHED', 'UNREACHED')),
	tries int not null default 0,
	next_try_at timestamptz not null,
	agent varchar(64),
	taken_at timestamptz,
	done_at timestamptz
);
create index surge_callback_waiting_idx on surge_callback (queued_at, id) where status = 'WAITING';
create index surge_callback_agent_idx on surge_callback (agent) where status = 'CALLING';
