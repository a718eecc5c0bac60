-- Issue 19, surges: the scheduled check (once per cluster) stores the figures it saw, so that GET status only reads:
-- the contacts offered and forecast over the trigger's window, and the trigger it compared them with.
alter table surge_state
	add column offered bigint,
	add column forecast double precision,
	add column factor numeric(6, 2),
	add column minutes int;
