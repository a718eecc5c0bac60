-- A city reports its provincial cases' states at every pull, looked up by episode (the province's command): an index
-- for that, so that the pull does not read every supervision case.
create index supervision_case_province_idx on supervision_case (episode) where kind = 'PROVINCE';
