-- 多援一 (issues 19 and 21): the help a hotline in surge asks other hotlines for, the agents and why; one open ask at
-- a time, closed when the surge is over or the supervisor withdraws it.
create table surge_help (
	id bigserial primary key,
	agents int not null check (agents between 1 and 10000),
	note text not null,
	asked_by varchar(64) not null,
	asked_at timestamptz not null,
	closed_by varchar(64),
	closed_at timestamptz
);
create unique index surge_help_one_open on surge_help ((true)) where closed_at is null;

-- The province: each city's surge as it last reported it (every 10 s): on or off, answer rates, agents by seat,
-- the partner hotlines helping, the help asked for.
create table city_surge (
	city varchar(12) primary key,
	report jsonb not null,
	received_at timestamptz not null
);
