-- Notes the platform writes itself are kept as facts (a message key of i18n/notes*.properties and its
-- arguments) beside the Chinese text, so that each reader sees them in their own language (part E of issue 17).
-- Older entries keep only their text; adding nullable columns rewrites no row (the timeline stays append-only).
alter table work_order_event add column note_key varchar(80);
alter table work_order_event add column note_args text[];
