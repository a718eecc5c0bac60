-- The report of dispatch accuracy (dispatch.DispatchAccuracy) reads first dispatches by time, and returns and
-- re-dispatches since then. V6 dropped the timeline's full (type, at) index, which no query used and which every
-- event paid for on bulk imports; this one holds only the three dispatch events, about one in five.
create index work_order_event_dispatch_idx on work_order_event (type, at)
	where type in ('DISPATCHED', 'RETURNED', 'REDISPATCHED');
