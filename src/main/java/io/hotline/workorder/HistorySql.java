package io.hotline.workorder;

import java.util.List;

/** The statements and the {@code COPY} rows of {@link HistoryWriter}. */
final class HistorySql {

	/**
	 * Staging tables of the transaction, emptied after each batch. History does not wait
	 * for its commit to reach the disk: a batch lost in a crash is loaded again by the
	 * next run, which skips what is there.
	 */
	static final String STAGING = """
			set local synchronous_commit = off;
			create temp table if not exists history_order_in (seq int, request_id text, status text, type text,
				channel text, urgency text, title text, content text, address text, district_code text,
				street_code text, community_code text, category_code text, caller_name text, caller_phone text,
				main_unit_id bigint, sign_deadline timestamptz, deadline timestamptz, dispatch_count int,
				return_count int, reopen_count int, satisfaction text, resolved boolean, created_by text,
				created_at timestamptz, updated_at timestamptz, closed_at timestamptz) on commit drop;
			create temp table if not exists history_event_in (request_id text, seq int, type text, at timestamptz,
				actor text, status text, unit_id bigint, note text) on commit drop""";

	/**
	 * Skips the foreign-key triggers for this transaction where the database lets us (a
	 * superuser: the embedded PostgreSQL): they cost 40 % of a batch, and what they check
	 * holds already, the units and categories being looked up before and the events
	 * joining the orders inserted by the same statement. Elsewhere the keys are checked.
	 */
	static final String TRUSTED_LOAD = """
			select set_config('session_replication_role', 'replica', true)
			where current_setting('is_superuser') = 'on'""";

	static final String COPY_ORDERS = "copy history_order_in from stdin";

	static final String COPY_EVENTS = "copy history_event_in from stdin";

	/**
	 * Inserts the orders whose request id is new, numbered in batch order, and the
	 * timelines of exactly those; answers how many orders it inserted.
	 */
	static final String INSERT = """
			with o as (
				insert into work_order (number, request_id, status, type, channel, urgency, title, content, address,
					district_code, street_code, community_code, category_code, caller_name, caller_phone,
					main_unit_id, sign_deadline, deadline, dispatch_count, return_count, reopen_count, satisfaction,
					resolved, created_by, created_at, updated_at, closed_at)
				select to_char(i.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD')
						|| lpad(nextval('work_order_number_seq')::text, 7, '0'), i.request_id, i.status, i.type,
					i.channel, i.urgency, i.title, i.content, i.address, i.district_code, i.street_code,
					i.community_code, i.category_code, i.caller_name, i.caller_phone, i.main_unit_id, i.sign_deadline,
					i.deadline, i.dispatch_count, i.return_count, i.reopen_count, i.satisfaction, i.resolved,
					i.created_by, i.created_at, i.updated_at, i.closed_at
				from (select * from history_order_in order by seq) i
				on conflict (request_id) do nothing
				returning id, request_id),
			e as (
				insert into work_order_event (order_id, type, at, actor, status, unit_id, note)
				select o.id, e.type, e.at, e.actor, e.status, e.unit_id, e.note
				from history_event_in e join o on o.request_id = e.request_id
				order by o.id, e.seq
				returning 1)
			select (select count(*) from o), (select count(*) from e)""";

	private HistorySql() {
	}

	static CharSequence orderRows(List<HistoricalOrder> batch) {
		CopyText rows = new CopyText();
		int seq = 0;
		for (HistoricalOrder order : batch) {
			Registration r = order.registration();
			Location location = (r.location() != null) ? r.location() : Location.UNKNOWN;
			Caller caller = (r.caller() != null) ? r.caller() : Caller.ANONYMOUS;
			rows.add(seq++).add(r.requestId()).add(order.status()).add(r.type()).add(r.channel()).add(r.urgency());
			rows.add(r.title()).add(r.content()).add(r.address());
			rows.add(location.districtCode()).add(location.streetCode()).add(location.communityCode());
			rows.add(r.categoryCode()).add(caller.name()).add(caller.phone());
			rows.add(order.mainUnitId() == null ? null : order.mainUnitId().value());
			rows.add(order.signDeadline()).add(order.deadline());
			rows.add(order.counts().dispatches()).add(order.counts().returns()).add(order.counts().reopenings());
			rows.add(order.satisfaction()).add(order.resolved());
			rows.add(r.createdBy()).add(r.createdAt()).add(order.updatedAt()).add(order.closedAt()).endRow();
		}
		return rows.text();
	}

	static CharSequence eventRows(List<HistoricalOrder> batch) {
		CopyText rows = new CopyText();
		for (HistoricalOrder order : batch) {
			int seq = 0;
			for (TimelineEvent e : order.timeline()) {
				rows.add(order.requestId()).add(seq++).add(e.type()).add(e.at()).add(e.actor()).add(e.status());
				rows.add(e.unitId() == null ? null : e.unitId().value()).add(e.note()).endRow();
			}
		}
		return rows.text();
	}

}
