-- Open311 clients: each holds an API key of its own (only its SHA-256 is stored), issued and revoked by an
-- administrator. Keys configured in HOTLINE_OPEN311_API_KEYS are accepted beside these.
create table open311_client (
	id bigserial primary key,
	name varchar(64) not null unique,
	key_hash char(64) not null unique,
	created_at timestamptz not null,
	created_by varchar(64) not null,
	revoked_at timestamptz,
	revoked_by varchar(64)
);

-- What a GeoReport request carried beyond the order's own fields: the client that sent it, the caller's
-- e-mail, device and account, the address id, a photo's URL and the answers to the service's attributes.
create table open311_request (
	order_id bigint primary key references work_order (id),
	client varchar(64) not null,
	address_id varchar(128),
	email varchar(254),
	device_id varchar(128),
	account_id varchar(128),
	media_url varchar(2048),
	attributes jsonb not null default '{}'
);
