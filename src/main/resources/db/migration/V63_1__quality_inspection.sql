-- Issue 20, quality inspection (智能质检). The rule sets: one draft the quality team edits, one active version,
-- the retired ones kept; a version's rules never change once it is switched on.
create table quality_rule_set (
	version int primary key,
	status varchar(8) not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
	rules jsonb not null,
	based_on int,
	note text,
	created_by varchar(64) not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	activated_by varchar(64),
	activated_at timestamptz
);
create unique index quality_rule_set_one_draft on quality_rule_set (status) where status in ('DRAFT', 'ACTIVE');

create function quality_rule_set_frozen() returns trigger language plpgsql as $$
begin
	if old.status <> 'DRAFT' and new.rules is distinct from old.rules then
		raise exception 'rule set version % is switched on: its rules never change', old.version;
	end if;
	return new;
end;
$$;
create trigger quality_rule_set_frozen before update on quality_rule_set
	for each row execute function quality_rule_set_frozen();

-- Every call and every order registered without a call, inspected once (subject: 'call:<id>' or 'order:<id>').
create table quality_inspection (
	id bigserial primary key,
	subject varchar(160) not null unique,
	call_id varchar(128),
	order_id bigint,
	agent varchar(64),
	team text,
	caller varchar(32),
	rule_set_version int not null,
	heard boolean not null,
	score int not null,
	finding_count int not null,
	ended_at timestamptz not null,
	inspected_at timestamptz not null,
	lag_ms bigint not null,
	sampled boolean not null default false
);
create index quality_inspection_ended on quality_inspection (ended_at);
create index quality_inspection_agent on quality_inspection (agent, ended_at);

create table quality_finding (
	id bigserial primary key,
	inspection_id bigint not null references quality_inspection (id),
	rule_id varchar(64) not null,
	rule_name text not null,
	kind varchar(32) not null,
	severity varchar(8) not null,
	points int not null,
	message text not null,
	utterance int,
	speaker varchar(8),
	at_ms bigint,
	quote text,
	overturned boolean not null default false
);
create index quality_finding_inspection on quality_finding (inspection_id);

-- 申诉: an agent appeals a finding of their own call; a team leader or the quality team decides.
create table quality_appeal (
	id bigserial primary key,
	finding_id bigint not null unique references quality_finding (id),
	agent varchar(64) not null,
	team text,
	reason text not null,
	status varchar(12) not null check (status in ('OPEN', 'UPHELD', 'OVERTURNED')),
	created_at timestamptz not null,
	decided_by varchar(64),
	decided_at timestamptz,
	note text
);
create index quality_appeal_status on quality_appeal (status, created_at);

-- Human review of a random sample: per rule, whether it applies in the reviewer's judgement.
create table quality_review (
	inspection_id bigint primary key references quality_inspection (id),
	reason varchar(16) not null,
	status varchar(8) not null check (status in ('PENDING', 'DONE')),
	queued_at timestamptz not null,
	reviewer varchar(64),
	reviewed_at timestamptz
);
create index quality_review_status on quality_review (status, queued_at);

create table quality_review_mark (
	inspection_id bigint not null references quality_review (inspection_id),
	rule_id varchar(64) not null,
	machine boolean not null,
	human boolean not null,
	verdict varchar(8) not null check (verdict in ('AGREE', 'DISAGREE', 'MISSED')),
	primary key (inspection_id, rule_id)
);

create table quality_setting (
	name varchar(64) primary key,
	value text not null
);

-- What the inspection reads of other modules, through views of its own: the answered calls that ended, the
-- orders, and the agents' groups and their team leaders.
create view quality_call as
select call_id, agent, caller, answered_at, ended_at, order_id from phone_call
where answered_at is not null and ended_at is not null;

create view quality_order as
select id, number, type, category_code, content, address, created_by, created_at, caller_phone from work_order;

create view quality_agent_team as select username, group_name from workforce_profile;

create view quality_team_leader as select group_name, username from workforce_group_leader;
