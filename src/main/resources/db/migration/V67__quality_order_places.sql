-- the order as quality inspection reads it, now with the place and the caller's name the agent registered: the
-- scenario checks compare them with what was said (before, the place was read again from the address text and the
-- name was not compared)
create or replace view quality_order as
select id, number, type, category_code, content, address, created_by, created_at, caller_phone, district_code,
	street_code, caller_name
from work_order;
