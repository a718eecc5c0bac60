-- 省市联网, one catalog across cities (issue 21): each city category's standard category at the province.
-- suggested_code is what the suggester proposed (null: nothing likely), standard_code what a person confirmed
-- (null with state NONE: no standard counterpart). States: SUGGESTED (a suggestion waits for a person),
-- UNMAPPED (nothing likely, none confirmed), CONFIRMED (a person chose a standard category), NONE (a person said
-- the category has no standard counterpart).
create table category_mapping (
	city varchar(12) not null,
	city_code varchar(32) not null,
	suggested_code varchar(32),
	confidence real,
	suggested_at timestamptz,
	standard_code varchar(32),
	state varchar(16) not null,
	decided_by varchar(64),
	decided_at timestamptz,
	primary key (city, city_code),
	constraint category_mapping_state check (state in ('SUGGESTED', 'UNMAPPED', 'CONFIRMED', 'NONE')),
	constraint category_mapping_confirmed check (state <> 'CONFIRMED' or standard_code is not null)
);
create index category_mapping_state_idx on category_mapping (city, state);

-- Each city order with the standard category its city category is confirmed to mean (null: not confirmed, or
-- confirmed to have none), for the provincial figures that compare cities category by category.
create view city_order_standard as
select o.city, o.order_id, case when m.state = 'CONFIRMED' then m.standard_code end as standard_code
from city_order o
left join category_mapping m on m.city = o.city and m.city_code = o.category_code;
