-- 答复质量: the score of each unit reply (the n-th REPLIED entry of an order's timeline) with its components and
-- reasons, and the shingles that later replies of the unit are compared with to find templates.
create table reply_score (
	id bigserial primary key,
	order_id bigint not null references work_order (id),
	reply_round int not null,
	unit_id bigint,
	replied_by varchar(64) not null,
	replied_at timestamptz not null,
	score int not null,
	relevance double precision not null,
	what double precision not null,
	"when" double precision not null,
	who double precision not null,
	templating double precision not null,
	near_copies int not null,
	reasons text[] not null default '{}',
	shingles int[] not null default '{}',
	scored_at timestamptz not null,
	unique (order_id, reply_round)
);
create index reply_score_unit_idx on reply_score (unit_id, replied_at);
create index reply_score_replied_idx on reply_score (replied_at);
