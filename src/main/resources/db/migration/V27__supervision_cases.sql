-- 智能督查: one monitor per kind of trouble, each with its threshold (what the threshold counts depends on the
-- kind: see docs/supervision.md), the case's deadline in working days, the reminder interval in hours and the
-- number of reminders after which the case escalates; the DISSATISFIED monitor also sends a dissatisfied
-- order back to its units for redo (auto_redo).
create table supervision_monitor (
	kind varchar(24) primary key,
	enabled boolean not null,
	threshold int not null,
	case_days int not null,
	remind_hours int not null,
	escalate_after int not null,
	auto_redo boolean not null default false,
	updated_by varchar(64),
	updated_at timestamptz
);
insert into supervision_monitor (kind, enabled, threshold, case_days, remind_hours, escalate_after, auto_redo) values
	('OVERDUE', true, 0, 2, 4, 3, false),
	('DUE_SOON', true, 4, 1, 4, 2, false),
	('REOPENED', true, 1, 3, 8, 3, false),
	('DISSATISFIED', true, 1, 5, 8, 3, true),
	('LONG_RUNNING', true, 30, 5, 24, 3, false),
	('RETURNED_MANY', true, 2, 2, 8, 3, false),
	('FLAGGED', true, 1, 1, 4, 2, false);

-- 督办件: one case per order, kind and episode of the condition (the deadline that passed, the round of
-- handling, the first open flag), so that a case closed by a supervisor is not opened again while the same
-- condition lasts. OPEN → REMINDED → ESCALATED → CLOSED.
create table supervision_case (
	id bigserial primary key,
	order_id bigint not null references work_order (id),
	kind varchar(24) not null,
	episode bigint not null,
	unit_id bigint,
	status varchar(16) not null,
	opened_at timestamptz not null,
	deadline timestamptz not null,
	reminders int not null default 0,
	next_remind_at timestamptz not null,
	last_reminded_at timestamptz,
	escalated_at timestamptz,
	marked_at timestamptz,
	closed_at timestamptz,
	closed_by varchar(64),
	close_note text,
	unique (order_id, kind, episode)
);
create index supervision_case_open_idx on supervision_case (kind, next_remind_at) where status <> 'CLOSED';
create index supervision_case_unit_idx on supervision_case (unit_id, opened_at) where status <> 'CLOSED';
create index supervision_case_unmarked_idx on supervision_case (id) where marked_at is null and status <> 'CLOSED';
create index supervision_case_opened_idx on supervision_case (opened_at);

-- 催办 and 督办通知: what a unit (audience UNIT) or the supervisors (audience SUPERVISORS) are told about a case.
create table supervision_reminder (
	id bigserial primary key,
	case_id bigint not null references supervision_case (id),
	unit_id bigint,
	audience varchar(16) not null,
	kind varchar(16) not null,
	seq int not null,
	message text not null,
	created_at timestamptz not null,
	read_at timestamptz,
	read_by varchar(64)
);
create index supervision_reminder_unit_idx on supervision_reminder (unit_id, created_at) where read_at is null;
create index supervision_reminder_case_idx on supervision_reminder (case_id);
create index supervision_reminder_created_idx on supervision_reminder (created_at);

-- The overdue and due-soon monitors look for orders at a unit by their deadline.
create index work_order_at_unit_deadline_idx on work_order (deadline) where status in ('DISPATCHED', 'HANDLING');
