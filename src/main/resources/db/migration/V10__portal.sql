-- The citizen portal: orders submitted on the web with the hash of their private tracking token, an optional photo,
-- and the citizen's own rating once the order is answered
create table portal_submission (
	order_id bigint primary key references work_order (id),
	token_hash char(64) not null unique,
	client varchar(64),
	photo_type varchar(16),
	photo bytea,
	created_at timestamptz not null
);

create table portal_rating (
	order_id bigint primary key references portal_submission (order_id),
	satisfaction varchar(24) not null,
	comment varchar(500),
	rated_at timestamptz not null
);
