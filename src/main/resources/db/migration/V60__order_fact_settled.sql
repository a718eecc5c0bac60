-- A fact is settled when nothing but a new change of its order can alter what it counts in a KPI report:
-- the order is closed, and each rate that is judged against the report's moment (the sign deadline and the
-- deadline passed unsigned or unreplied) was already decided when it closed. Settled facts are counted once
-- into the daily rollup order_fact_day (made and kept by the repeatable migration FactDayRollup); reports
-- read the rollup for them and the facts themselves only for the others, through the partial index below.
-- Kpi's rates that use :now must stay decided by this condition (see Kpi).
alter table order_fact add column settled boolean generated always as (coalesce(
	status = 'CLOSED' and closed_at is not null
	and (sign_deadline is null or signed_at is not null or sign_deadline < closed_at)
	and (dispatched_at is null or replied_at is not null or deadline < closed_at), false)) stored;
create index order_fact_unsettled_idx on order_fact (created_day) where not settled;
