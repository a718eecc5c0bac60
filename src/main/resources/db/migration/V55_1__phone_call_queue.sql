-- A call's queue (skill group), when it entered it, when the caller gave up waiting, and its after-call work.
alter table phone_call add column queue varchar(64);
alter table phone_call add column queued_at timestamptz;
alter table phone_call add column abandoned_at timestamptz;
alter table phone_call add column wrap_up_started_at timestamptz;
alter table phone_call add column wrap_up_ended_at timestamptz;
-- the figures per interval count each call in the interval it was offered in (queued, or rang where never queued)
create index phone_call_offered_idx on phone_call ((coalesce(queued_at, rang_at)), queue);
