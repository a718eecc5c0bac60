-- Most stored orders are closed, and many have no caller phone (history, anonymous web requests): the
-- queues look only at open orders and caller lookups only at known phones, so those indexes leave the rest
-- out, which also spares their upkeep on bulk history imports.
drop index work_order_status_idx;
create index work_order_open_status_idx on work_order (status, id) where status <> 'CLOSED';
drop index work_order_phone_idx;
create index work_order_phone_idx on work_order (caller_phone) where caller_phone is not null;

-- No query reads the timeline by event type and time yet (an order's timeline is read by order); the index
-- cost every appended event its upkeep. Analytics adds the index its queries need.
drop index work_order_event_type_at_idx;
