-- Durable order events (docs/decisions/0009): Spring Modulith's registry, created here as its own schema (v2) creates
-- it where it is missing, so that its storage can be set. The table fills and empties with every burst; a vacuum of
-- the empty table used to truncate it to 0 pages and note 0 rows, and the next burst's connections then planned the
-- registry's `update ... where id = ?` and `delete ... where id = ?` once as sequential scans and kept those plans
-- while the table grew to tens of thousands of rows (issue 16: 6,000 scans reading 118 million rows during one
-- intake run, half of PostgreSQL's time). Kept at its size, the empty table still looks large to the planner, and
-- the primary key is used.
create table if not exists event_publication (
    id uuid not null,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
alter table event_publication set (vacuum_truncate = false);
