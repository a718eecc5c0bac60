-- ShedLock's locks: a scheduled job that must run once in the cluster runs where it takes its lock
-- (https://github.com/lukas-krecan/ShedLock#jdbctemplate; times in UTC, the database's clock).
create table shedlock (
	name varchar(64) not null primary key,
	lock_until timestamp not null,
	locked_at timestamp not null,
	locked_by varchar(255) not null
);
