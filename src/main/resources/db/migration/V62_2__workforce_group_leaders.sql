-- Issue 19, requests: the team leaders of each group of agents (workforce_profile.group_name). A team leader
-- (SUPERVISOR) sees and decides the requests of the agents of the groups they lead; administrators all.
create table workforce_group_leader (
	group_name text not null,
	username varchar(64) not null,
	primary key (group_name, username)
);
create index workforce_group_leader_user on workforce_group_leader (username);
