-- Issue 19, rosters: agents' workforce profiles, shift templates, approved leave, rosters (draft or
-- published) and their assignments. Agents are named by username (the org module's users).
create table workforce_profile (
	username varchar(64) primary key,
	group_name text not null,
	skills text[] not null default '{}',
	weekly_max_minutes int not null default 2400 check (weekly_max_minutes between 0 and 10080),
	monthly_max_minutes int not null default 10560 check (monthly_max_minutes between 0 and 44640),
	avoided_days text[] not null default '{}',
	avoided_kinds text[] not null default '{}',
	active boolean not null default true
);

create table workforce_shift_template (
	code varchar(16) primary key,
	name text not null,
	start_time time not null,
	length_minutes int not null check (length_minutes between 1 and 960),
	kind varchar(8) not null check (kind in ('EARLY', 'DAY', 'LATE', 'NIGHT')),
	required_skill text,
	active boolean not null default true
);

insert into workforce_shift_template (code, name, start_time, length_minutes, kind, required_skill) values
	('E7', '早班', '07:00', 480, 'EARLY', null),
	('D9', '白班', '09:00', 480, 'DAY', null),
	('D11', '中班', '11:00', 480, 'DAY', null),
	('L13', '午晚班', '13:00', 480, 'LATE', null),
	('L15', '晚班', '15:00', 480, 'LATE', null),
	('N23', '夜班', '23:00', 480, 'NIGHT', null),
	('EN9', '英语专线', '09:00', 480, 'DAY', '英语'),
	('ENT9', '企业专席', '09:00', 480, 'DAY', '企业专席');

create table workforce_leave (
	username varchar(64) not null,
	day date not null,
	approved_by varchar(64),
	primary key (username, day)
);

create table workforce_roster (
	id bigserial primary key,
	month date not null check (extract(day from month) = 1),
	status varchar(12) not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
	created_by varchar(64) not null,
	created_at timestamptz not null default now(),
	published_by varchar(64),
	published_at timestamptz,
	score text not null,
	hard_violations bigint not null,
	hours_under numeric(10, 1) not null,
	hours_over numeric(10, 1) not null
);

create unique index workforce_roster_one_published on workforce_roster (month) where status = 'PUBLISHED';

create table workforce_assignment (
	roster_id bigint not null references workforce_roster (id) on delete cascade,
	username varchar(64) not null,
	day date not null,
	shift_code varchar(16) not null references workforce_shift_template (code),
	primary key (roster_id, username, day)
);

create index workforce_assignment_agent on workforce_assignment (username, day);
