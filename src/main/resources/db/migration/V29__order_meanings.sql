-- 语义查重: the sentence embedding of each recent order (title and the start of its content), as 8-bit integers
-- with a scale, written once by the duplicate worker after the order's registration and read back when the
-- recent-orders index is rebuilt, so that a restart does not embed a month of orders again.
create table order_meaning (
	order_id bigint primary key references work_order (id),
	model varchar(64) not null,
	scale real not null,
	vector bytea not null
);
