-- A flag's explanation written by the platform is kept as a fact (a message key of i18n/notes*.properties and its
-- arguments) beside the Chinese detail, so that each reader sees it in their own language (issue 17, i17-facts).
-- Older flags keep only their detail; nullable columns rewrite no row.
alter table order_flag add column detail_key varchar(80);
alter table order_flag add column detail_args text[];
