-- 退回 (issue 21): a city sends an order it got by 跨市转办 back to the city it came from, as a transfer; the
-- receiving city registers it anew and names its own order that it had sent (the province finds it).
alter table node_transfer_in add column return_of varchar(24);
