-- A callback plan's SMS or WeChat link lets the citizen of an order of any channel rate it on the portal
-- (智能回访, issue 20): a rating refers to the order, no longer only to a portal submission.
alter table portal_rating drop constraint portal_rating_order_id_fkey;
alter table portal_rating add constraint portal_rating_order_id_fkey foreign key (order_id) references work_order (id);
