-- 智能回访 (issue 20): a callback plan for every order replied or finished, the administrator's rules that plan it,
-- the robot's scripts, what the channels sent (the logging channel keeps it here) and the robot's conversations.

-- The planning rules, one versioned document: delays per category and type, the limit, the channel rules.
create table callback_plan_rules (
	id int primary key check (id = 1),
	rules jsonb not null,
	updated_by varchar(64) not null,
	updated_at timestamptz not null
);
insert into callback_plan_rules (id, rules, updated_by, updated_at) values (1, '{
  "defaultDelayDays": 1,
  "limitDays": 7,
  "smsWaitHours": 24,
  "delays": [
    {"category": "", "type": "CONSULTATION", "days": 0},
    {"category": "", "type": "COMPLAINT", "days": 2}
  ],
  "channels": [
    {"when": "COMPLAINT_TYPE", "value": "COMPLAINT", "channel": "PERSON"},
    {"when": "REPEAT_CALLER", "value": null, "channel": "PERSON"},
    {"when": "EARLIER_DISSATISFIED", "value": null, "channel": "PERSON"},
    {"when": "COLLECTIVE", "value": null, "channel": "PERSON"},
    {"when": "WORDS", "value": "老人,老年人,独居,残疾,病重,自杀,上访", "channel": "PERSON"},
    {"when": "TYPE", "value": "CONSULTATION,SUGGESTION,PRAISE", "channel": "SMS"},
    {"when": "CHANNEL", "value": "WECHAT", "channel": "WECHAT"},
    {"when": "ANY", "value": null, "channel": "ROBOT"}
  ]
}', 'system', now());

-- The robot's scripts: each save is a new version; the latest is the one used.
create table robot_script (
	version int primary key,
	graph jsonb not null,
	created_by varchar(64) not null,
	created_at timestamptz not null
);

create table callback_plan (
	id bigserial primary key,
	event_id bigint not null unique,
	order_id bigint not null references work_order (id),
	order_number varchar(32) not null,
	kind varchar(12) not null check (kind in ('REPLIED', 'FINISHED')),
	order_type varchar(16) not null,
	category_code varchar(64),
	unit_id bigint,
	caller_phone varchar(32),
	reasons text,
	questions jsonb not null,
	channel varchar(8) not null check (channel in ('ROBOT', 'SMS', 'WECHAT', 'PERSON')),
	status varchar(12) not null check (status in ('PLANNED', 'SENT', 'CALLING', 'ANSWERED', 'HANDED_OVER',
		'UNREACHABLE', 'NO_CONTACT', 'CANCELLED')),
	due_at timestamptz not null,
	limit_at timestamptz not null,
	tries int not null default 0,
	script_version int,
	node varchar(64),
	unclear int not null default 0,
	answers jsonb not null default '{}',
	sent_at timestamptz,
	reached_at timestamptz,
	done_at timestamptz,
	handover_reason varchar(200),
	planned_at timestamptz not null,
	replied_at timestamptz not null
);
create index callback_plan_due_idx on callback_plan (due_at) where status = 'PLANNED';
create index callback_plan_order_idx on callback_plan (order_id);
create index callback_plan_phone_idx on callback_plan (caller_phone);
create index callback_plan_replied_idx on callback_plan (replied_at);

-- What the robot said and heard, and what happened to the plan, in order.
create table callback_plan_step (
	id bigserial primary key,
	plan_id bigint not null references callback_plan (id),
	at timestamptz not null,
	speaker varchar(8) not null check (speaker in ('ROBOT', 'CITIZEN', 'SYSTEM')),
	node varchar(64),
	text text not null
);
create index callback_plan_step_plan_idx on callback_plan_step (plan_id, id);

-- What a channel sent: the logging channel, the default, keeps every SMS, WeChat message and robot call here.
create table callback_message (
	id bigserial primary key,
	plan_id bigint not null references callback_plan (id),
	channel varchar(8) not null,
	recipient varchar(32),
	content text not null,
	link text,
	sent_at timestamptz not null
);
create index callback_message_plan_idx on callback_message (plan_id);

-- A private link issued for the callback's rating makes a phone order rateable on the portal.
alter table portal_link add column purpose varchar(12);
