-- Issue 18, per-instance indexes: every change of an article takes the next value of one sequence, so that
-- every instance of a cluster reads the articles changed since its last look by an index range scan
-- (knowledge.articles.ArticlesElsewhere, decision 0010). Set by a trigger: whatever writes an article
-- (the service, an import, a migration) is seen.
create sequence knowledge_article_change_seq;

alter table knowledge_article add column change_seq bigint;
update knowledge_article set change_seq = nextval('knowledge_article_change_seq');
alter table knowledge_article alter column change_seq set not null;
create index knowledge_article_change_idx on knowledge_article (change_seq);

-- the row's next change number from the sequence named by the trigger (V54_1 uses it too)
create function next_change_seq() returns trigger language plpgsql as $$
begin
	new.change_seq := nextval(tg_argv[0]);
	return new;
end;
$$;

create trigger knowledge_article_changed
	before insert or update on knowledge_article
	for each row execute function next_change_seq('knowledge_article_change_seq');
