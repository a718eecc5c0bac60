-- The words of past orders in each category, for the category search (catalog.CategoryWords): the catalog reads
-- the orders' texts through this view of its own, not the work_order table.
create view catalog_order_text as
select id, category_code, title, content from work_order where category_code is not null;
