-- 回访 tries: how many tries that do not reach the caller (未接通) an order gets, how long to wait between them,
-- and what the last failed one does (CLOSE: closes the order as 未能联系, without a verdict; KEEP: it stays in the
-- callback queue). One row, set by administrators.
create table callback_settings (
	id int primary key default 1 check (id = 1),
	max_tries int not null check (max_tries between 1 and 20),
	retry_minutes int not null check (retry_minutes between 1 and 10080),
	after_last varchar(16) not null check (after_last in ('CLOSE', 'KEEP')),
	updated_by varchar(64) not null,
	updated_at timestamptz not null
);
insert into callback_settings (id, max_tries, retry_minutes, after_last, updated_by, updated_at)
values (1, 3, 120, 'CLOSE', 'system', now());
