-- Issue 19, requests: leave (请假), overtime (加班) and shift swaps (换班) asked by an agent for
-- themself and decided (审批) by a team leader. A swap names the partner's day; an overtime the
-- shift offered. roster_id: the published roster version the approval produced.
create table workforce_request (
	id bigserial primary key,
	kind varchar(8) not null check (kind in ('LEAVE', 'OVERTIME', 'SWAP')),
	status varchar(16) not null check (status in ('AWAITING_PARTNER', 'PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
	requester varchar(64) not null,
	first_day date not null,
	last_day date not null,
	leave_kind text,
	reason text,
	shift_code varchar(16) references workforce_shift_template (code),
	partner varchar(64),
	partner_day date,
	partner_shift varchar(16) references workforce_shift_template (code),
	created_at timestamptz not null default now(),
	partner_accepted_at timestamptz,
	decided_by varchar(64),
	decided_at timestamptz,
	decision_comment text,
	roster_id bigint references workforce_roster (id),
	check (first_day <= last_day)
);

create index workforce_request_requester on workforce_request (requester, first_day);
create index workforce_request_partner on workforce_request (partner) where partner is not null;
create index workforce_request_status on workforce_request (status, first_day);
