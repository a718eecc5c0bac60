-- 事项分类: three levels; a category names its default handling unit, or a unit type resolved by the
-- order's location, and its time limits in working days by urgency.
create table category (
	code varchar(32) primary key,
	name text not null,
	level smallint not null check (level between 1 and 3),
	parent_code varchar(32) references category (code),
	path_name text not null,
	consultation boolean not null default false,
	default_unit_id bigint references handling_unit (id),
	default_unit_type varchar(24),
	normal_days int not null default 10 check (normal_days > 0),
	urgent_days int not null default 3 check (urgent_days > 0),
	very_urgent_days int not null default 1 check (very_urgent_days > 0),
	active boolean not null default true
);
create index category_parent_idx on category (parent_code);

-- Working-day calendar: dates that differ from the Monday-to-Friday rule (holidays, and 调休 make-up
-- working days on weekends).
create table calendar_day (
	day date primary key,
	kind varchar(12) not null check (kind in ('HOLIDAY', 'WORKDAY')),
	name text not null
);
