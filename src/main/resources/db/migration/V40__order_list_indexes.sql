-- Part A of issue 17: the lists of orders filter by category (the category and those below
-- it: a prefix of its code), district and registration day, and the queues sort urgent
-- first then by deadline (dispatch) or by sign deadline (unit inbox). These indexes let the
-- filtered lists answer their first rows without reading every order.
create index work_order_category_prefix_idx on work_order (category_code varchar_pattern_ops, id);
create index work_order_district_idx on work_order (district_code, id);
create index work_order_dispatch_queue_idx on work_order (deadline, created_at, id)
	where status in ('REGISTERED', 'RETURNED', 'REOPENED');
create index work_order_to_sign_idx on work_order (main_unit_id, sign_deadline) where status = 'DISPATCHED';
