-- Issue 18 (a cluster): the files of each dispatch model version live in the database, not in a local folder, so
-- that a version trained on one instance is loaded by every other. One row per file of the version's folder (the
-- classifiers, the routing, the held-out rows, the Lucene index of similar orders), with its size and SHA-256.
create table dispatch_model_file (
	version int not null references dispatch_model (version) on delete cascade,
	path varchar(255) not null,
	size bigint not null,
	sha256 char(64) not null,
	content bytea not null,
	stored_at timestamptz not null,
	primary key (version, path)
);
-- the files are zips and Lucene segments: compressing them again costs time and saves little
alter table dispatch_model_file alter column content set storage external;

-- when the version's files were stored and their total size (null: never stored, e.g. failed, or kept in the data
-- folder of an installation from before, imported at its next start), and when they were removed (an old version)
alter table dispatch_model add column stored_at timestamptz;
alter table dispatch_model add column stored_bytes bigint;
alter table dispatch_model add column files_removed_at timestamptz;

-- which instance trains a version, and when it last said it still does: a start cuts short only its own trainings
-- and those whose instance stopped saying so (not those another live instance is doing)
alter table dispatch_model add column trained_on varchar(300);
alter table dispatch_model add column heartbeat_at timestamptz;
-- one training at a time in the whole cluster
create unique index dispatch_model_one_training_idx on dispatch_model (status) where status = 'TRAINING';
