-- A collective case's distinct callers are counted as members join (is this caller new to the case?) instead of
-- counting every member again: during a surge one case gathers thousands of orders, and the count scanned them all
-- for each new one (issue 16's intake profile: a sequential scan of the table per joining order).
create index collective_case_order_caller on collective_case_order (case_id, caller_key);
