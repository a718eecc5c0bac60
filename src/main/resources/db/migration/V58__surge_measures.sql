-- Issue 19, surges: the surge measures the administrator sets (one row), and the surge's state as the trigger last
-- found it (one row). The measures start switched off, with the parameters of docs/workforce-surge.md.
create table surge_measures (
	id int primary key check (id = 1),
	trigger_factor numeric(6, 2) not null,
	trigger_minutes int not null,
	callback_on boolean not null,
	callback_promise_minutes int not null,
	callback_retry_minutes int not null,
	callback_max_tries int not null,
	deflection_on boolean not null,
	deflection_topic varchar(200) not null,
	deflection_share numeric(4, 3) not null,
	cloud_on boolean not null,
	cloud_seats int not null,
	cloud_after_minutes int not null,
	cloud_hours int not null,
	overflow_on boolean not null,
	overflow_partners varchar(500) not null,
	overflow_agents int not null,
	overflow_share numeric(4, 3) not null,
	updated_by varchar(64) not null,
	updated_at timestamptz not null
);
insert into surge_measures values (1, 1.5, 15, false, 240, 30, 3, false, '', 0.25, false, 180, 30, 10, false, '', 84, 0.3,
	'system', now());

create table surge_state (
	id int primary key check (id = 1),
	surge_on boolean not null,
	since timestamptz,
	reason text,
	checked_at timestamptz
);
insert into surge_state values (1, false, null, null, null);
