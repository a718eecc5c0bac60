-- The timeline is the record of what happened to an order: the database itself refuses to change or
-- remove an entry, whatever the code above it does.
create function work_order_event_append_only() returns trigger language plpgsql as $$
begin
	raise exception 'the timeline of work orders is append-only (% refused)', tg_op;
end;
$$;

create trigger work_order_event_append_only
	before update or delete on work_order_event
	for each row execute function work_order_event_append_only();
