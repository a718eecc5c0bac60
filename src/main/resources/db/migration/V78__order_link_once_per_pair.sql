-- A pair of orders is linked once, either way round. Two instances that register two like orders at the same
-- moment each found the other and stored the link both ways; the index now lets only one of them in. Where a
-- pair was stored twice, the merge stays (it says who follows whom), else the older link.
delete from order_link a using order_link b
where a.order_id = b.related_order_id and a.related_order_id = b.order_id
	and (case when a.kind = 'MERGED' then 1 else 0 end, -a.id) < (case when b.kind = 'MERGED' then 1 else 0 end, -b.id);
create unique index order_link_pair_idx on order_link (least(order_id, related_order_id), greatest(order_id, related_order_id));
