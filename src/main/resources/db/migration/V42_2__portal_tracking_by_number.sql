-- Tracking by tracking number and phone (portal): the portal finds an order by its number and checks the phone
-- through this view of its own; a lookup that matched gets a private link of its own, kept as a hash like the
-- submission's, so that the citizen can copy it (the submission's link is shown only once).
create view portal_order_phone as
select id, number, caller_phone from work_order;

create table portal_link (
	token_hash char(64) primary key,
	order_id bigint not null references work_order (id),
	created_at timestamptz not null
);
create index portal_link_order_idx on portal_link (order_id);
