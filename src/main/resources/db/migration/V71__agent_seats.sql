-- Where an agent works (issue 19's cloud seats and partner hotlines), kept on each of their state events:
-- CENTRE (the centre's own seats; null in the events before this column), CLOUD (云坐席: at home, on the same
-- queues), PARTNER (an agent of a partner hotline answering this hotline's calls, the partner named).
alter table cti_event add column seat text, add column partner text;
-- an answered call's seat: the answering agent's latest state before it
create index cti_event_agent_state_idx on cti_event (agent, at) where kind = 'AGENT';
