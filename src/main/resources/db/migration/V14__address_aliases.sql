-- Local names that the official divisions lack (a compound, a road, a landmark, an old name: 华师 for the
-- community of South China Normal University), each naming one division of any level by its official code.
-- ADMIN aliases are written by administrators and in force at once; LEARNED ones come from the addresses of
-- orders whose place a person confirmed, and are in force once confirmed often enough (hotline.address.learn-after).
create table address_alias (
	id bigserial primary key,
	alias varchar(32) not null unique,
	division_code varchar(12) not null,
	source varchar(8) not null check (source in ('ADMIN', 'LEARNED')),
	confirmations integer not null default 0 check (confirmations >= 0),
	created_at timestamptz not null default now(),
	created_by varchar(64) not null,
	updated_at timestamptz not null default now(),
	updated_by varchar(64) not null
);
