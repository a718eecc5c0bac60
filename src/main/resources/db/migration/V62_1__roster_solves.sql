-- Issue 19, rosters: a roster solve runs in the background as a job (POST answers 202 with it). At most one open
-- (QUEUED or RUNNING) job a month in the whole cluster: a second POST for the month is refused with 409.
create table workforce_roster_solve (
	id bigserial primary key,
	month date not null,
	state varchar(8) not null check (state in ('QUEUED', 'RUNNING', 'SOLVED', 'FAILED')),
	seconds int not null,
	demand_from varchar(8) not null check (demand_from in ('BODY', 'FORECAST')),
	started_by varchar(64) not null,
	created_at timestamptz not null default now(),
	started_at timestamptz,
	finished_at timestamptz,
	best_score text,
	roster_id bigint references workforce_roster (id),
	error text
);
create unique index workforce_roster_solve_open on workforce_roster_solve (month) where state in ('QUEUED', 'RUNNING');
