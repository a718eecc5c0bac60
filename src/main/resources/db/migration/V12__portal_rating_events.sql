-- Citizens' ratings of the portal are entries of their order's timeline (CITIZEN_RATED) since this version; the
-- ratings given before become such entries too: at the time they were given, in the state the order was then, with
-- the note the platform writes (满意 / 基本满意 / 不满意, then the comment). Only ratings without an entry are written.
insert into work_order_event (order_id, type, at, actor, status, unit_id, note)
select r.order_id, 'CITIZEN_RATED', r.rated_at, 'portal',
	coalesce((select e.status from work_order_event e where e.order_id = r.order_id and e.at <= r.rated_at
			order by e.at desc, e.id desc limit 1), o.status),
	o.main_unit_id,
	case r.satisfaction when 'SATISFIED' then '满意' when 'BASICALLY_SATISFIED' then '基本满意' else '不满意' end
		|| coalesce('：' || r.comment, '')
from portal_rating r
join work_order o on o.id = r.order_id
where not exists (select 1 from work_order_event e where e.order_id = r.order_id and e.type = 'CITIZEN_RATED')
order by r.rated_at, r.order_id;
