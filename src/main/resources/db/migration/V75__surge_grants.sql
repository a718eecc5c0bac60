-- 多援一 (issue 21): the province grants a city in surge agents of another city for some hours. The helped city makes
-- an account for each helper and answers with their one-time codes; the province hands them to the helping city,
-- whose supervisors give them to their agents; each agent sets a password with its code and signs in to the
-- helped city's workstation. The codes are kept at the province only until the helping city says it has them.
create table surge_grant (
	id bigserial primary key,
	city varchar(12) not null,
	helper varchar(12) not null,
	agents int not null check (agents between 1 and 500),
	until timestamptz not null,
	note text not null,
	granted_by varchar(64) not null,
	granted_at timestamptz not null,
	delivered_at timestamptz,
	url text,
	usernames text[],
	codes text[],
	accounts_at timestamptz,
	handed_at timestamptz,
	received_at timestamptz,
	check (city <> helper)
);
create index surge_grant_city_idx on surge_grant (city, id) where accounts_at is null;
create index surge_grant_helper_idx on surge_grant (helper, id) where received_at is null;

-- A helped city: the accounts it made for a grant, the one-time code's hash, the code itself only until the province
-- has it, the wrong codes tried (5 void it), and when the account was activated (its password set) and disabled (the
-- grant's end).
create table help_account (
	username varchar(64) primary key,
	grant_id bigint not null,
	helper varchar(12) not null,
	helper_name text not null,
	until timestamptz not null,
	code text,
	code_hash text not null,
	reported boolean not null default false,
	attempts int not null default 0,
	activated_at timestamptz,
	disabled_at timestamptz
);
create index help_account_grant_idx on help_account (grant_id);
create index help_account_live_idx on help_account (until) where disabled_at is null;

-- A helping city: the help it gives, with the accounts its agents sign in with on the helped city.
create table help_given (
	grant_id bigint primary key,
	city varchar(12) not null,
	city_name text not null,
	url text,
	agents int not null,
	until timestamptz not null,
	note text not null,
	accounts jsonb not null,
	received_at timestamptz not null,
	acknowledged boolean not null default false
);
