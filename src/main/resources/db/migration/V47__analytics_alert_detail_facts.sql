-- An alert's explanation is kept as a fact (a message key of i18n/notes*.properties and its arguments) beside the
-- Chinese detail, so that each reader sees it in their own language (issue 17, i17-alerts).
-- Older alerts keep only their detail; nullable columns rewrite no row.
alter table analytics_alert add column detail_key varchar(80);
alter table analytics_alert add column detail_args text[];
