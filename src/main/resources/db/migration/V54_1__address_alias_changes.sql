-- Issue 18, per-instance indexes: every write of an address alias takes the next value of one sequence, so that
-- every instance of a cluster notices a change of the aliases in force (their count and the sum of their change
-- numbers differ: address.AliasesElsewhere, decision 0010) and reads them again. Set by a trigger.
create sequence address_alias_change_seq;

alter table address_alias add column change_seq bigint;
update address_alias set change_seq = nextval('address_alias_change_seq');
alter table address_alias alter column change_seq set not null;

create trigger address_alias_changed
	before insert or update on address_alias
	for each row execute function next_change_seq('address_alias_change_seq');
