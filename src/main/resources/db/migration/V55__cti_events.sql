-- Every event the phone system reports, as it came: the calls' events (queue entry, ringing, answer, abandonment,
-- hang-up, after-call work, recording, transcript) and the agents' states. Append-only: the database refuses to
-- change or remove one. A repeat of an event (the same call or agent, event and time) is kept once (event_key).
create table cti_event (
	id bigserial primary key,
	event_key varchar(400) not null unique,
	kind varchar(8) not null check (kind in ('CALL', 'AGENT')),
	event varchar(24) not null,
	at timestamptz not null,
	call_id varchar(128),
	agent varchar(64),
	queue varchar(64),
	reason varchar(200),
	caller varchar(32),
	callee varchar(32),
	recording_url text,
	transcript text,
	reported_by varchar(64) not null,
	received_at timestamptz not null
);
create index cti_event_agent_idx on cti_event (kind, at, agent);
create index cti_event_call_idx on cti_event (call_id);

create function cti_event_append_only() returns trigger language plpgsql as $$
begin
	raise exception 'the phone system''s events are append-only (% refused)', tg_op;
end;
$$;

create trigger cti_event_append_only
	before update or delete on cti_event
	for each row execute function cti_event_append_only();
