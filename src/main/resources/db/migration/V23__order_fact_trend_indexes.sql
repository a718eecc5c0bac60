-- 全流程监测's trends (analytics.monitor.Trends) read the orders open now or closed in the last week, and the
-- orders called back by the time of their last reply: without these they would scan every fact. The open
-- orders are a small share of all, and so are the called-back orders of the last five weeks.
create index order_fact_open_idx on order_fact (unit_id) where status <> 'CLOSED';
create index order_fact_closed_idx on order_fact (closed_at);
create index order_fact_called_back_idx on order_fact (replied_at) where satisfaction is not null;
