-- 全流程监测: what the monitor found, once per kind, scope and key while it lasts; each
-- alert says what it observed against what was expected, and who answers for it.
create table analytics_alert (
	id bigserial primary key,
	kind varchar(32) not null,
	scope varchar(16) not null,
	key varchar(64) not null,
	name text,
	unit_id bigint,
	observed double precision not null,
	expected double precision,
	detail text not null,
	first_at timestamptz not null,
	last_at timestamptz not null,
	acknowledged_by varchar(64),
	acknowledged_at timestamptz
);
create unique index analytics_alert_open_idx on analytics_alert (kind, scope, key) where acknowledged_at is null;
create index analytics_alert_last_idx on analytics_alert (last_at);
