-- 常态化报告: the template an administrator edited (none: the built-in one), each report issued
-- (weekly, monthly) as HTML and PDF, who subscribed to which kind, and what reached whom.
create table report_template (
	kind varchar(16) primary key check (kind in ('WEEKLY', 'MONTHLY')),
	body text not null,
	updated_by varchar(64) not null,
	updated_at timestamptz not null
);

create table report_issue (
	id bigserial primary key,
	kind varchar(16) not null,
	period varchar(16) not null,
	html text not null,
	pdf bytea not null,
	created_at timestamptz not null,
	unique (kind, period)
);

create table report_subscription (
	username varchar(64) not null,
	kind varchar(16) not null check (kind in ('WEEKLY', 'MONTHLY')),
	created_at timestamptz not null,
	primary key (username, kind)
);

create table report_delivery (
	issue_id bigint not null references report_issue (id),
	username varchar(64) not null,
	delivered_at timestamptz not null,
	read_at timestamptz,
	primary key (issue_id, username)
);
