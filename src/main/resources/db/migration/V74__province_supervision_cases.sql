-- 省级督办 crossing nodes (issue 21): the province's supervision opens a supervision case (督办件, kind PROVINCE) on
-- the city, reminded and escalated by the city's monitors like its own; the province may remind (催办) it, and the
-- city reports the case's state back at its pulls. The PROVINCE monitor opens nothing by itself: its row holds the
-- reminder interval and the reminders after which a provincial case escalates (its threshold is not used).
insert into supervision_monitor (kind, enabled, threshold, case_days, remind_hours, escalate_after, auto_redo) values
	('PROVINCE', true, 1, 3, 8, 3, false);

alter table province_command drop constraint province_command_kind;
alter table province_command add constraint province_command_kind check (kind in ('SUPERVISE', 'REMIND'));
alter table province_command
	add column days int,
	add column supervision_id bigint references province_command (id),
	add column case_status varchar(16),
	add column case_deadline timestamptz,
	add column case_reminders int,
	add column case_escalated_at timestamptz,
	add column case_closed_at timestamptz,
	add column case_close_note text,
	add column case_reported_at timestamptz;
create index province_command_case_idx on province_command (case_status) where kind = 'SUPERVISE';

-- A city: which of the applied commands opened a provincial case, and the case's state last told to the province
-- (sent again when it changed; not looked at once the province knows it closed).
alter table node_command_applied
	add column kind varchar(16),
	add column case_reported text,
	add column case_final boolean not null default false;
create index node_command_applied_case_idx on node_command_applied (command_id)
	where kind = 'SUPERVISE' and outcome = 'APPLIED' and not case_final;
