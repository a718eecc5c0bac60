-- 标记: what a check found about an order (an emergency in its words, a risk, a duplicate, a repeat-complaint
-- loop, a collective case, a weak reply, a suspicious pattern), with the rule that fired and its evidence, until
-- a supervisor judges it. One flag per order, kind and rule: a check that runs again updates it.
create table order_flag (
	id bigserial primary key,
	order_id bigint not null references work_order (id),
	kind varchar(32) not null,
	rule varchar(64) not null,
	evidence text[] not null default '{}',
	detail text not null,
	score double precision,
	related_order_id bigint references work_order (id),
	raised_at timestamptz not null,
	raised_by varchar(64) not null,
	status varchar(16) not null default 'OPEN',
	judged_by varchar(64),
	judged_at timestamptz,
	judgement_note text,
	unique (order_id, kind, rule)
);
create index order_flag_open_idx on order_flag (kind, raised_at) where status = 'OPEN';
