-- Rate limits shared by every instance of a cluster.

-- The portal's limits: per rule and client (IPv4 address or IPv6 /64), a fixed window that opens with the
-- client's first attempt, counted by one atomic upsert. Unlogged: written on every public request, not worth
-- the WAL; a crash or a failover forgets the counts (a fresh minute for everyone), which a limit can bear.
create unlogged table rate_window (
	rule varchar(32) not null,
	client text not null,
	ends_at timestamptz not null,
	attempts int not null,
	primary key (rule, client)
);

create index rate_window_ends on rate_window (ends_at);

-- The sign-in throttle: refused sign-ins in a row per user name ('user') and per client network ('client'),
-- and the lock they earned. Logged: a lock against password guessing survives a failover.
create table sign_in_strike (
	kind varchar(8) not null check (kind in ('user', 'client')),
	key text not null,
	failures int not null,
	last_at timestamptz not null,
	locked_until timestamptz not null,
	primary key (kind, key)
);

-- Accounts changed lately (password, roles, unit, standing), noted in the change's transaction, so that every
-- instance forgets the credentials of the account that its HTTP Basic cache remembers (read with the throttle's
-- rows, in one query); kept 15 minutes, longer than the cache remembers.
create table account_change (
	username text primary key,
	changed_at timestamptz not null
);
