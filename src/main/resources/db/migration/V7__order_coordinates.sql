-- WGS84 coordinates of the place an order is about, where the channel gives them (Open311 lat/long)
alter table work_order add column lat double precision, add column lon double precision;
